// What the dossier takes, in words (shared by the form's hint and the server's refusals).
export const TOEGESTAAN = "Toegestaan zijn PDF, JPEG, PNG, DOCX, ODT, tekst (TXT) en e-mail (EML).";
