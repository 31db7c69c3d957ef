/**
 * Child-process entry of the load generator (see {@link runClosedLoopLoad}): a process of its own,
 * so the generator does not share the service's event loop (it still shares the machine's cores).
 */
import { answerParent } from './answerParent';
import { runClosedLoopLoad } from './runClosedLoopLoad';

answerParent(runClosedLoopLoad);
