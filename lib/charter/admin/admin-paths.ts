/** Paths of the admin's Service Charter configuration and e-mail outbox pages. */
export const charterAdminPath = "/back-office/carta-servizi";
export const closuresAdminPath = `${charterAdminPath}/calendario`;
export const categoriesAdminPath = `${charterAdminPath}/categorie`;
export const outboxPath = "/back-office/posta";

export function newStandardVersionPath(standardId: string): string {
  return `${charterAdminPath}/standard/${standardId}`;
}

export function categoryEditPath(categoryId: string): string {
  return `${categoriesAdminPath}/${categoryId}`;
}

export function outboxEmailPath(emailId: string): string {
  return `${outboxPath}/${emailId}`;
}
