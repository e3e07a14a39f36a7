"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: "ADMIN", label: "市国资委工作人员（管理员）" },
  { value: "LEADER", label: "领导" },
  { value: "SECRETARY", label: "企业党委书记" },
];

type Existing = {
  id: number;
  displayName: string;
  title: string;
  role: Role;
  enterpriseId: number | null;
};

type Props = {
  enterprises: { id: number; name: string }[];
  /** Editing an account; without it the form creates one. */
  existing?: Existing;
};

/** Creates an account, or edits one's name, title, role and enterprise. */
export function UserForm({ enterprises, existing }: Props) {
  const router = useRouter();
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(existing ? updateUserAction : createUserAction);
  const [role, setRole] = useState<Role>(existing?.role ?? "SECRETARY");
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok && !existing) router.push(`/admin/users/${state.data.id}`);
  }, [state, existing, router]);

  return (
    <form onSubmit={onSubmit} className="grid max-w-xl gap-4" noValidate>
      {existing && <input type="hidden" name="userId" value={existing.id} />}
      {!existing && (
        <Field
          id="username"
          label="用户名"
          required
          hint="登录用，小写字母、数字、点、下划线或连字符"
          error={errors?.username}
        >
          {(control) => <Input {...control} name="username" autoComplete="off" required />}
        </Field>
      )}
      <Field id="displayName" label="姓名" required error={errors?.displayName}>
        {(control) => <Input {...control} name="displayName" defaultValue={existing?.displayName} required />}
      </Field>
      <Field id="title" label="职务" hint="如：党委书记、市国资委党建工作人员" error={errors?.title}>
        {(control) => <Input {...control} name="title" defaultValue={existing?.title} />}
      </Field>
      <Field id="role" label="角色" required error={errors?.role}>
        {(control) => (
          <Select {...control} name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id="enterpriseId"
        label="所属企业"
        required={role === "SECRETARY"}
        hint={role === "SECRETARY" ? "企业党委书记只能看到和填报本企业的内容" : "可不选"}
        error={errors?.enterpriseId}
      >
        {(control) => (
          <Select {...control} name="enterpriseId" defaultValue={existing?.enterpriseId ?? ""}>
            <option value="">（不属于企业）</option>
            {enterprises.map((enterprise) => (
              <option key={enterprise.id} value={enterprise.id}>
                {enterprise.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {!existing && (
        <Field
          id="password"
          label="初始密码"
          required
          hint="至少 10 个字符，请通过安全渠道告知本人"
          error={errors?.password}
        >
          {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" required />}
        </Field>
      )}
      <FormMessage state={state} success={existing ? "已保存" : "已创建"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存修改" : "创建账号"}
        </Button>
      </div>
    </form>
  );
}
