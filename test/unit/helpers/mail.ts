// A sender for invented test mails: `from('Dana Reyes', 'dana@northwind.example')`.
export const from = (name: string, email: string) => ({ name, email });
