package org.c2model.core.journey;

import java.util.List;

/**
 * An activity that residents and agency representatives of the partnership attend together, such as
 * a connecting workshop, an exchange visit or a partnership meeting; who took part, by person id.
 * <p>
 * Attendance is where the paper's relationships form: residents and agencies meeting, and weak
 * connectors showing up (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3).
 */
public interface Attendance {

  /**
   * Gets the ids of the residents of the partnership who took part, in the order recorded.
   *
   * @return the resident ids, each once, not null
   */
  List<String> residentIds();

  /**
   * Gets the ids of the agency representatives of the partnership who took part, in the order
   * recorded.
   *
   * @return the agency representative ids, each once, not null
   */
  List<String> agencyRepresentativeIds();
}
