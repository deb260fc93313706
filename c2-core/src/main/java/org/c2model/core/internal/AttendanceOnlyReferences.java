package org.c2model.core.internal;

/**
 * Marks an activity ({@code org.c2model.core.journey.Attendance}) whose only references are its
 * attendance, residents then agency representatives: code outside the journey package, such as the
 * step assessment, can read the two id lists directly rather than the activity's references, a
 * {@code Reference} object per id. Not API: implemented only by the journey package's
 * attendance-only activities.
 */
public interface AttendanceOnlyReferences {}
