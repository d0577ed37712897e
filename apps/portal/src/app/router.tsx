import { createBrowserRouter } from 'react-router';
import { RequireSession } from '../features/auth/components/RequireSession';
import { SiteLayout } from '../features/layout/components/SiteLayout';
import { AccountPage } from '../pages/AccountPage';
import { CasesPage } from '../pages/CasesPage';
import { ContactPage } from '../pages/ContactPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrderPage } from '../pages/OrderPage';
import { ProductDetailPage } from '../pages/ProductDetailPage';
import { ProductsPage } from '../pages/ProductsPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { SignInPage } from '../pages/SignInPage';
import { SignUpPage } from '../pages/SignUpPage';
import { SupportRatePage } from '../pages/SupportRatePage';
import { SupportVerifyPage } from '../pages/SupportVerifyPage';
import { TicketPage } from '../pages/TicketPage';
import { VerifyEmailPage } from '../pages/VerifyEmailPage';

export const router = createBrowserRouter([
  {
    element: <SiteLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'products', element: <ProductsPage /> },
      { path: 'products/:id', element: <ProductDetailPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'contact', element: <ContactPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        path: 'account',
        element: (
          <RequireSession>
            <AccountPage />
          </RequireSession>
        ),
      },
      {
        path: 'account/orders/:id',
        element: (
          <RequireSession>
            <OrderPage />
          </RequireSession>
        ),
      },
      {
        path: 'account/tickets/:id',
        element: (
          <RequireSession>
            <TicketPage />
          </RequireSession>
        ),
      },
      // The links emailed to guests and to customers after a resolution: no sign-in, the token is the key.
      { path: 'support/verify/:token', element: <SupportVerifyPage /> },
      { path: 'support/rate/:token', element: <SupportRatePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
