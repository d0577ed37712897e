import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { RequireRole } from '../features/auth/components/RequireRole';
import { RequireSession } from '../features/auth/components/RequireSession';
import { AppLayout } from '../features/shell/components/AppLayout';
import { AcceptInvitationPage } from '../pages/AcceptInvitationPage';
import { ApiKeysPage } from '../pages/ApiKeysPage';
import { AuditLogPage } from '../pages/AuditLogPage';
import { CategoriesPage } from '../pages/CategoriesPage';
import { ClientDetailPage } from '../pages/ClientDetailPage';
import { ClientImportPage } from '../pages/ClientImportPage';
import { ClientPipelinePage } from '../pages/ClientPipelinePage';
import { ClientSettingsPage } from '../pages/ClientSettingsPage';
import { ClientsPage } from '../pages/ClientsPage';
import { DepartmentsPage } from '../pages/DepartmentsPage';
import { EditProductPage } from '../pages/EditProductPage';
import { EmployeeDetailPage } from '../pages/EmployeeDetailPage';
import { EmployeesPage } from '../pages/EmployeesPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { InvitationsPage } from '../pages/InvitationsPage';
import { NewProductPage } from '../pages/NewProductPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrderBoardPage } from '../pages/OrderBoardPage';
import { OrderDetailPage } from '../pages/OrderDetailPage';
import { OrderEntryPage } from '../pages/OrderEntryPage';
import { OrdersPage } from '../pages/OrdersPage';
import { OrgChartPage } from '../pages/OrgChartPage';
import { PriceRulesPage } from '../pages/PriceRulesPage';
import { ProductDetailPage } from '../pages/ProductDetailPage';
import { ProductsPage } from '../pages/ProductsPage';
import { ProfilePage } from '../pages/ProfilePage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { SegmentDetailPage } from '../pages/SegmentDetailPage';
import { SegmentsPage } from '../pages/SegmentsPage';
import { SignInPage } from '../pages/SignInPage';
import { SkillsPage } from '../pages/SkillsPage';
import { SupportSettingsPage } from '../pages/SupportSettingsPage';
import { TasksPage } from '../pages/TasksPage';
import { TicketDetailPage } from '../pages/TicketDetailPage';
import { TicketsPage } from '../pages/TicketsPage';
import { UserDetailPage } from '../pages/UserDetailPage';
import { UsersPage } from '../pages/UsersPage';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  // Reached from links sent to people who have no session (yet): never behind the sign-in.
  { path: '/accept-invitation', element: <AcceptInvitationPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/products" replace /> },
      { path: 'products', element: <ProductsPage /> },
      { path: 'products/new', element: <NewProductPage /> },
      { path: 'products/:id', element: <ProductDetailPage /> },
      { path: 'products/:id/edit', element: <EditProductPage /> },
      { path: 'categories', element: <CategoriesPage /> },
      { path: 'price-rules', element: <PriceRulesPage /> },
      { path: 'clients', element: <ClientsPage /> },
      { path: 'clients/pipeline', element: <ClientPipelinePage /> },
      {
        path: 'clients/import',
        element: (
          <RequireRole roles={['admin', 'manager']}>
            <ClientImportPage />
          </RequireRole>
        ),
      },
      {
        path: 'clients/segments',
        element: (
          <RequireRole roles={['admin', 'manager', 'sales']}>
            <Outlet />
          </RequireRole>
        ),
        children: [
          { index: true, element: <SegmentsPage /> },
          { path: 'new', element: <SegmentDetailPage mode="new" /> },
          { path: ':id', element: <SegmentDetailPage mode="edit" /> },
        ],
      },
      { path: 'clients/:id', element: <ClientDetailPage /> },
      { path: 'tasks', element: <TasksPage /> },
      {
        path: 'settings/clients',
        element: (
          <RequireRole roles={['admin', 'manager']}>
            <ClientSettingsPage />
          </RequireRole>
        ),
      },
      { path: 'orders', element: <OrdersPage /> },
      { path: 'orders/board', element: <OrderBoardPage /> },
      { path: 'orders/new', element: <OrderEntryPage mode="new" /> },
      { path: 'orders/:id', element: <OrderDetailPage /> },
      { path: 'orders/:id/edit', element: <OrderEntryPage mode="edit" /> },
      // Loaded on first visit: the charts library is the app's largest dependency.
      {
        path: 'analytics',
        lazy: async () => ({ Component: (await import('../pages/AnalyticsPage')).AnalyticsPage }),
      },
      {
        path: 'settings/support',
        element: (
          <RequireRole roles={['admin', 'manager']}>
            <SupportSettingsPage />
          </RequireRole>
        ),
      },
      // Loaded on first visit, like the other analytics: it draws charts.
      {
        path: 'support-analytics',
        lazy: async () => ({
          Component: (await import('../pages/SupportAnalyticsPage')).SupportAnalyticsPage,
        }),
      },
      { path: 'tickets', element: <TicketsPage /> },
      { path: 'tickets/:id', element: <TicketDetailPage /> },
      { path: 'employees', element: <EmployeesPage /> },
      { path: 'employees/:id', element: <EmployeeDetailPage /> },
      { path: 'departments', element: <DepartmentsPage /> },
      { path: 'skills', element: <SkillsPage /> },
      { path: 'org-chart', element: <OrgChartPage /> },
      { path: 'profile', element: <ProfilePage /> },
      // Every signed-in user manages their own keys.
      { path: 'api-keys', element: <ApiKeysPage /> },
      {
        element: (
          <RequireRole roles={['admin']}>
            <Outlet />
          </RequireRole>
        ),
        children: [
          { path: 'users', element: <UsersPage /> },
          { path: 'users/:id', element: <UserDetailPage /> },
          { path: 'invitations', element: <InvitationsPage /> },
          { path: 'audit', element: <AuditLogPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
