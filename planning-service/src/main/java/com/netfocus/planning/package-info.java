/**
 * Planning, the write side of Netfocus, in layers; each imports only the layers below it (PlanningLayersTest).
 * <dl>
 * <dt>Aggregate and plan reads: {@code plan}</dt>
 * <dd>The NetworkingPlan aggregate (who may open and change a plan, that a closed plan takes no changes, which event
 * a valid command records), the plan's own endpoints (create, revise, close and carry forward, read now or as of a
 * moment, history), PlanReader, the completion of a closure from the plan events topic, and the responses' personal
 * fields revealed. May import every layer below.</dd>
 * <dt>Event store and publication: {@code eventstore}, {@code chain}, {@code publication}</dt>
 * <dd>Axon's store on MongoDB (serialization, plan cache, snapshots), the hash chain every stored event carries and
 * its verification, and the hand-over of stored events to Kafka. May import the plan core and the service
 * support.</dd>
 * <dt>Features: {@code objective}, {@code target}, {@code platform}, {@code attendance}, {@code outreach},
 * {@code followup}, {@code erasure}, {@code settings}, {@code calendar}, {@code contact}, {@code planlist}</dt>
 * <dd>One package per feature: its commands and *Rules (used only by the feature and the aggregate), its endpoints
 * and request bodies (package-private), its local copies of other services' data. A feature may import another
 * feature without a cycle (attendance uses follow-up checks, several name contacts), the plan core and the service
 * support; it reads a plan through {@code view.PlanViews}, never the aggregate. {@code planlist} is the list of plans,
 * a projection of the plan events topic: it reads no plan at all.</dd>
 * <dt>Plan core: {@code state}, {@code limits}, {@code checks}, {@code view}, {@code sending}</dt>
 * <dd>{@code state}: PlanState, the plan as its events left it (one {@code apply(PlanEvent, sequence)}), what the
 * rules decide with and a snapshot stores, with its entries and Hours. {@code limits}: the configured limits
 * (PlanRules, SmartRules, TextLimit) and an org's settings. {@code checks}: Violations, every broken rule of a
 * command at once. {@code view}: the plan as the API shows it, rendered from the state (PlanViewRenderer), and
 * PlanViews, how features read it. {@code sending}: PlanCommands, the caller's metadata on every command, and the
 * plan event a reaction to the plan events topic sends commands for (ReactedEvent).
 * {@code state}, {@code limits} and {@code sending} import nothing else of planning; {@code checks} and {@code view}
 * import {@code state} and {@code limits}.</dd>
 * <dt>Service support: {@code correlation}, {@code metrics}, {@code startup}</dt>
 * <dd>Correlation ids in logs, command timings, start-up retries. Import nothing else of planning.</dd>
 * </dl>
 * The rule classes, the shared checks, the state and the view are plain Java: no Spring, no Axon (PureRulesTest).
 */
package com.netfocus.planning;
