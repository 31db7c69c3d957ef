/** Child-process entry of one database target (see {@link benchTarget}): a fresh process per target, so memory figures are its own. */
import { answerParent } from './answerParent';
import { benchTarget } from './benchTarget';

answerParent(benchTarget);
