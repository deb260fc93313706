/**
 * A neighbourhood's C2 journey: its partnership and the dated record of what has happened
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2).
 * <p>
 * A {@link org.c2model.core.journey.Journey} holds {@link org.c2model.core.journey.Activity
 * activities}, one immutable type per kind of event the paper names: walkabouts and the connecting
 * workshop, vision workshops and exchange visits, the listening event with its feedback report and
 * follow-up, the constitution, meetings, newsletters, media coverage and celebrated wins, resident
 * activities and service changes, the signs of maturity, and mapped community assets. Each has a
 * stable {@code type} name and refers to people and agencies of the partnership by id.
 *
 * <pre>{@code
 * Journey journey = Journey.of(partnership, LocalDate.of(2009, 2, 1))
 *     .withActivity(ListeningEvent.builder().id("listening").date(LocalDate.of(2009, 4, 4))
 *         .venue("community hall").addInvitationMethods(InvitationMethod.DOOR_TO_DOOR)
 *         .residentTurnout(64).addFacilitatorIds("A01", "A02").build());
 * }</pre>
 * The step assessment of a journey lives in {@code org.c2model.core.step}.
 */
@C2Style
package org.c2model.core.journey;

import org.c2model.core.style.C2Style;
