/** The public name of an action in URLs: `acknowledgeContact` ↔ `acknowledge-contact`. */
export function actionRoute(action: string): string {
  return action.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
