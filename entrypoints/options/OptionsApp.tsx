export function OptionsApp() {
  return (
    <main>
      <h1>Copycat Guard settings</h1>
    </main>
  );
}
