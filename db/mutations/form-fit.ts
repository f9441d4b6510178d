/**
 * Compiles only when a parsed form fits its table's insert type: every field the
 * form and the table share has a type the column accepts, and the form supplies
 * every required column. A renamed or retyped column breaks the build here.
 */
export type FitsInsert<Form extends Insert, Insert> = Form;
