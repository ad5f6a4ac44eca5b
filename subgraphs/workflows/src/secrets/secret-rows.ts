// What the API may show of a tenant secret: its name and dates, never the value.
export interface SecretRow {
  name: string;
  createdAt: Date;
  updatedAt: Date;
}
