import { formatHalves } from "@/lib/scoring/points";
import {
  addCategoryAction,
  deleteCategoryAction,
  deleteItemAction,
  moveCategoryAction,
  moveItemAction,
  renameCategoryAction,
} from "@/lib/rubrics/content-actions";
import type { RubricDetail } from "@/lib/rubrics/queries";
import { RowControls } from "@/components/rubrics/row-controls";
import { ItemForm } from "@/components/rubrics/item-form";
import { NameForm } from "@/components/rubrics/name-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  rubricId: number;
  categories: RubricDetail["categories"];
  /** Words and order may change. */
  textEditable: boolean;
  /** Points, items and categories may change (a draft). */
  structureEditable: boolean;
};

/** The rubric's categories and items in order, with the edits its state allows. */
export function RubricCategories({ rubricId, categories, textEditable, structureEditable }: Props) {
  const options = categories.map(({ id, name }) => ({ id, name }));
  const numberOf = new Map(categories.flatMap((category) => category.items).map((item, index) => [item.id, index + 1]));
  return (
    <div className="grid gap-5">
      {categories.length === 0 && (
        <EmptyState title="还没有类别" description="先添加类别（如“组织体系”“阵地建设”），再在类别下添加评分条目。" />
      )}
      {categories.map((category, categoryIndex) => {
        const subtotal = category.items.reduce((sum, item) => sum + item.maxHalves, 0);
        return (
          <Card
            key={category.id}
            title={`${categoryIndex + 1}. ${category.name}`}
            description={`${category.items.length} 个条目，小计 ${formatHalves(subtotal)} 分`}
            actions={
              textEditable && (
                <RowControls
                  className="flex flex-wrap items-start gap-1"
                  fields={{ categoryId: category.id }}
                  noun="类别"
                  name={category.name}
                  move={moveCategoryAction}
                  remove={structureEditable ? deleteCategoryAction : undefined}
                  deleteLabel="删除类别"
                  deleteVariant="danger"
                />
              )
            }
          >
            {textEditable && (
              <details className="mb-3">
                <summary className="cursor-pointer text-sm text-ink-soft">修改类别名称</summary>
                <div className="mt-2 max-w-md">
                  <NameForm
                    action={renameCategoryAction}
                    fields={{ categoryId: category.id }}
                    name="name"
                    label="类别名称"
                    defaultValue={category.name}
                    submitLabel="保存"
                  />
                </div>
              </details>
            )}
            <ol className="divide-y divide-line">
              {category.items.map((item) => {
                return (
                  <li key={item.id} className="py-3" data-testid="rubric-item">
                    <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                      <div className="min-w-0 flex-1 basis-64">
                        <p className="font-medium text-ink">
                          {numberOf.get(item.id)}. {item.title}
                        </p>
                        {item.guidance && <p className="mt-0.5 text-sm text-ink-soft">{item.guidance}</p>}
                      </div>
                      <span className="tabular shrink-0 pt-0.5 text-sm font-semibold text-ink">
                        {formatHalves(item.maxHalves)} 分
                      </span>
                      {textEditable && (
                        <RowControls
                          className="flex shrink-0 items-start gap-1"
                          fields={{ itemId: item.id }}
                          noun="条目"
                          name={item.title}
                          move={moveItemAction}
                          remove={structureEditable ? deleteItemAction : undefined}
                          deleteLabel="删除"
                          deleteVariant="ghost"
                        />
                      )}
                    </div>
                    {textEditable && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-sm text-ink-soft">编辑条目</summary>
                        <div className="mt-2 max-w-xl rounded-md bg-canvas p-3">
                          <ItemForm
                            categoryId={category.id}
                            categories={options}
                            structural={structureEditable}
                            existing={{
                              id: item.id,
                              title: item.title,
                              guidance: item.guidance,
                              max: formatHalves(item.maxHalves),
                            }}
                          />
                        </div>
                      </details>
                    )}
                  </li>
                );
              })}
            </ol>
            {category.items.length === 0 && <p className="text-sm text-muted">此类别下还没有条目。</p>}
            {structureEditable && (
              <details className="mt-3 rounded-md border border-dashed border-line-strong p-3">
                <summary className="cursor-pointer text-sm font-medium text-ink">添加条目</summary>
                <div className="mt-3 max-w-xl">
                  <ItemForm categoryId={category.id} categories={options} structural />
                </div>
              </details>
            )}
          </Card>
        );
      })}
      {structureEditable && (
        <Card title="添加类别">
          <div className="max-w-md">
            <NameForm
              action={addCategoryAction}
              fields={{ rubricId }}
              name="name"
              label="类别名称"
              placeholder="如：党建与业务融合"
              submitLabel="添加"
              resetOnSuccess
            />
          </div>
        </Card>
      )}
    </div>
  );
}
