package org.c2model.core.journey;

import org.c2model.core.internal.AttendanceOnlyReferences;

/**
 * An activity whose only references are its attendance, residents then agency representatives
 * ({@link Reference#attendance}): the activity and its journey check the two id lists directly,
 * without making a {@link Reference} per id (a journey is built on every read of a document and
 * for every earlier date of an assessment; the references themselves are made only when asked for).
 * The step assessment does the same through {@link AttendanceOnlyReferences}.
 */
interface AttendanceOnly extends Attendance, AttendanceOnlyReferences {}
