-- A beleidsmedewerker: reads the reports (counts only), never a dossier (issue 14, lib/auth/permissions.ts).
ALTER TYPE "Role" ADD VALUE 'RAPPORTAGE';
