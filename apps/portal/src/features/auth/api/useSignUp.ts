import { type SignUpRequest, unwrap } from '@smartcrm/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/**
 * Creates a customer account that can sign in once its email is verified. The answer is the same whether
 * or not the email already has an account, so the form cannot be used to find out who is a customer.
 */
export function useSignUp() {
  return useMutation({
    mutationFn: (request: SignUpRequest) => unwrap(api.POST('/api/auth/signup', { body: request })),
  });
}
