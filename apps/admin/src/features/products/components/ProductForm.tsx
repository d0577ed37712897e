import { Button, Group, NumberInput, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem } from '@smartcrm/api-client';
import { problemFieldErrors } from '@smartcrm/ui';
import { Link } from 'react-router';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { CategoryTreeSelect } from '../../categories/components/CategoryTreeSelect';
import type { Product } from '../api/product-types';
import { useCreateProduct, useUpdateProduct } from '../api/useProductWrites';
import { useProductProblemMessages } from '../hooks/useProductProblemMessages';
import {
  changedProductFields,
  type ProductFieldProblem,
  type ProductFormValues,
  productFormProblems,
  productFormValues,
  toNewProduct,
} from '../utils/product-form';
import { ImageUrlsEditor } from './ImageUrlsEditor';
import { SpecificationsEditor } from './SpecificationsEditor';

export type ProductFormProps = {
  /** The product as loaded, to edit it; none to create one. Key the form by version to reload it. */
  product?: Product;
  onSaved: (product: Product) => void;
  /** Someone else changed the product since it was loaded (412). */
  onConflict?: () => void;
  cancelTo: string;
};

const problemWords: Record<ProductFieldProblem, MessageKey> = {
  required: 'products.form.required',
  sku: 'products.form.sku',
  money: 'products.form.money',
  currency: 'products.form.currency',
  url: 'products.form.url',
  wholeNumber: 'products.form.wholeNumber',
  specificationKey: 'products.form.specificationKey',
  duplicateSpecification: 'products.form.duplicateSpecification',
};

// Where the server's complaints about body fields show; nested ones (`body.images.2`) on their list.
const serverFields = {
  'body.sku': 'sku',
  'body.name': 'name',
  'body.description': 'description',
  'body.categoryId': 'categoryId',
  'body.price': 'price',
  'body.cost': 'cost',
  'body.currency': 'currency',
  'body.unit': 'unit',
  'body.tags': 'tags',
  'body.images': 'images',
  'body.specifications': 'specifications',
  'body.reorderLevel': 'reorderLevel',
} as const;

/** Creates a product, or edits one with If-Match so a change made meanwhile is never overwritten. */
export function ProductForm({ product, onSaved, onConflict, cancelTo }: ProductFormProps) {
  const { t } = useI18n();
  const create = useCreateProduct();
  const update = useUpdateProduct(product ?? { id: 0, version: 0 });
  const save = product ? update : create;
  const problemMessages = useProductProblemMessages();
  const initial = productFormValues(product);
  const form = useForm<ProductFormValues>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(productFormProblems(values)).map(([path, problem]) => [
          path,
          t(problemWords[problem]),
        ]),
      ),
  });

  const showServerErrors = (error: unknown) => {
    const fields = problemFieldErrors(error, serverFields);
    for (const [field, messages] of Object.entries(fields)) {
      if (messages) form.setFieldError(field, messages.join(t('list.separator')));
    }
  };

  const submit = form.onSubmit((values) => {
    const callbacks = {
      onSuccess: onSaved,
      onError: (error: unknown) => {
        if (isApiProblem(error) && error.code === 'version_conflict') onConflict?.();
        else showServerErrors(error);
      },
    };
    if (!product) {
      create.mutate(toNewProduct(values), callbacks);
      return;
    }
    const changes = changedProductFields(initial, values);
    if (Object.keys(changes).length === 0) onSaved(product);
    else update.mutate(changes, callbacks);
  });

  const errorsAt = (list: 'images' | 'specifications', suffix = '') =>
    Object.fromEntries(
      form.values[list].map((_, index) => [
        index,
        form.errors[`${list}.${index}${suffix}`] as string | undefined,
      ]),
    );
  const rowError = (field: string) => form.errors[field] as string | undefined;
  // Rows are known by position only: once the list changes, its row errors may point at other rows.
  const clearRowErrors = (list: 'images' | 'specifications') => {
    for (const path of Object.keys(form.errors)) {
      if (path.startsWith(`${list}.`)) form.clearFieldError(path);
    }
  };
  const title = product ? t('products.edit.title') : t('products.new.title');

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {save.isError && !(isApiProblem(save.error) && save.error.code === 'version_conflict') && (
          <ProblemAlert
            error={save.error}
            title={product ? t('products.edit.failed') : t('products.new.failed')}
            messages={problemMessages}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('products.sku')}
            description={t('products.skuHint')}
            required
            autoComplete="off"
            {...form.getInputProps('sku')}
          />
          <TextInput label={t('field.name')} required autoComplete="off" {...form.getInputProps('name')} />
        </SimpleGrid>
        <Textarea
          label={t('field.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CategoryTreeSelect
            label={t('products.category')}
            placeholder={t('products.noCategory')}
            value={form.values.categoryId}
            onChange={(categoryId) => form.setFieldValue('categoryId', categoryId)}
            error={rowError('categoryId')}
          />
          <TextInput
            label={t('products.unit')}
            description={t('products.unitHint')}
            required
            {...form.getInputProps('unit')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('products.listPrice')}
            required
            inputMode="decimal"
            autoComplete="off"
            {...form.getInputProps('price')}
          />
          <TextInput
            label={t('products.cost')}
            description={t('products.costHint')}
            inputMode="decimal"
            autoComplete="off"
            {...form.getInputProps('cost')}
          />
          <TextInput
            label={t('products.currency')}
            description={t('products.currencyHint')}
            required
            maxLength={3}
            autoComplete="off"
            {...form.getInputProps('currency')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('stock.reorderLevel')}
            description={t('stock.reorderLevelHint')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('reorderLevel')}
          />
          <TagsInput
            label={t('products.tags')}
            description={t('products.tagsHint')}
            clearable
            {...form.getInputProps('tags')}
          />
        </SimpleGrid>
        <ImageUrlsEditor
          value={form.values.images}
          onChange={(images) => {
            form.setFieldValue('images', images);
            clearRowErrors('images');
          }}
          rowErrors={errorsAt('images')}
          error={rowError('images')}
        />
        <SpecificationsEditor
          value={form.values.specifications}
          onChange={(rows) => {
            form.setFieldValue('specifications', rows);
            clearRowErrors('specifications');
          }}
          rowErrors={errorsAt('specifications', '.key')}
          error={rowError('specifications')}
        />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {product ? t('action.save') : t('products.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
