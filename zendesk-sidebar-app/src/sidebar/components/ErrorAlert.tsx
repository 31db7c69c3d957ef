import { Alert } from '@zendeskgarden/react-notifications';
import type { ErrorMessage } from '../describeError';

/** A Garden error alert that screen readers announce. */
export const ErrorAlert = ({ error }: { error: ErrorMessage }) => (
  <Alert type="error" role="alert" data-testid="error">
    <Alert.Title>{error.title}</Alert.Title>
    {error.detail}
  </Alert>
);
