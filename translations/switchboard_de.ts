<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AccountClient</name>
    <message>
        <source>The extra CA certificate file %1 cannot be read: %2</source>
        <translation>Die zusätzliche CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 holds no certificate (PEM or DER).</source>
        <translation>Die zusätzliche CA-Zertifikatsdatei %1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
</context>
<context>
    <name>AccountConfig</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate file.</source>
        <translation>%1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (Beispieldaten)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Konto-SID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Local sandbox with demo data; changes stay on this computer</source>
        <translation>Lokale Sandbox mit Beispieldaten; Änderungen bleiben auf diesem Computer</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Twilio (environment)</source>
        <translation>Twilio (Umgebung)</translation>
    </message>
    <message>
        <source>SignalWire (environment)</source>
        <translation>SignalWire (Umgebung)</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>New %1 account</source>
        <translation>Neues %1-Konto</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>The variables %1 do not make a usable account: %2</source>
        <translation>Die Variablen %1 ergeben kein verwendbares Konto: %2</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for “%2”.</source>
        <translation>Im Schlüsselbund fehlt der Eintrag „%1“ für „%2“.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the %1 of “%2” was kept for the last session only. Enter it again; it is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher wurde der Wert „%1“ von „%2“ nur für die letzte Sitzung aufbewahrt. Geben Sie ihn erneut ein; er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>AccountProfile</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (loopback); use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur für diesen Computer (Loopback) erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <source>Unsupported scheme “%1”: use https.</source>
        <translation>Nicht unterstütztes Schema „%1“: Verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>AccountSidebar</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Accounts and their sections</source>
        <translation>Konten und ihre Bereiche</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Live account: what you create, buy or change here happens on the real account.</source>
        <translation>Live-Konto: Was Sie hier anlegen, kaufen oder ändern, geschieht im echten Konto.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Account SID with its auth token or an API key; optional region and edge.</source>
        <translation>Konto-SID mit zugehörigem Auth-Token oder ein API-Schlüssel; optional Region und Edge.</translation>
    </message>
    <message>
        <source>Your space (example.signalwire.com), project ID and API token.</source>
        <translation>Ihr Space (example.signalwire.com), Projekt-ID und API-Token.</translation>
    </message>
    <message>
        <source>Account SID and auth token, with the server’s address.</source>
        <translation>Konto-SID und Auth-Token, mit der Adresse des Servers.</translation>
    </message>
    <message>
        <source>An API key, with the server’s address.</source>
        <translation>Ein API-Schlüssel, mit der Adresse des Servers.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 account…</source>
        <translation>%1-Konto…</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (Beispieldaten)</translation>
    </message>
    <message>
        <source>Add a Twilio, SignalWire, Properties or Broadcast account, or the sandbox (Ctrl+N)</source>
        <translation>Ein Twilio-, SignalWire-, Properties- oder Broadcast-Konto oder die Sandbox hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Remove the selected account when you press OK; its drafts are kept (Del)</source>
        <translation>Das ausgewählte Konto entfernen, wenn Sie OK drücken; seine Entwürfe bleiben erhalten (Entf)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Acc&amp;ounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Which service is it? You sign in with the same details as in the provider’s console; secrets go to the system keychain.</source>
        <translation>Um welchen Dienst handelt es sich? Sie melden sich mit denselben Angaben an wie in der Konsole des Anbieters; Secrets kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>A server on this computer with realistic demo data, to try every screen.</source>
        <translation>Ein Server auf diesem Computer mit realistischen Beispieldaten, um jede Ansicht auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Keep in my accounts</source>
        <translation>In meinen Konten &amp;behalten</translation>
    </message>
    <message>
        <source>Save this account with your others; its secret goes to the system keychain</source>
        <translation>Dieses Konto mit Ihren anderen speichern; sein Secret kommt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The service can be chosen until the account is saved</source>
        <translation>Der Dienst kann gewählt werden, bis das Konto gespeichert ist</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Au&amp;th token</source>
        <translation>&amp;Auth-Token</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>A&amp;PI-Schlüssel</translation>
    </message>
    <message>
        <source>An API key (SK…) and its secret; the account SID stays the account the requests act on</source>
        <translation>Ein API-Schlüssel (SK…) und sein Secret; die Konto-SID bleibt das Konto, auf das sich die Anfragen beziehen</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>optional, e.g. ie1</source>
        <translation>optional, z. B. ie1</translation>
    </message>
    <message>
        <source>optional, e.g. dublin</source>
        <translation>optional, z. B. dublin</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a network that inspects TLS</source>
        <translation>optional: eine PEM-Datei, für ein Netzwerk, das TLS-Verbindungen inspiziert</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>e.g. acme (acme.signalwire.com)</source>
        <translation>z. B. acme (acme.signalwire.com)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>API-Schlüssel-S&amp;ID:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Edge:</source>
        <translation>Ed&amp;ge:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>A server that runs inside Switchboard on this computer, with realistic demo data for Properties, Broadcast projects and Twilio and SignalWire numbers. Nothing you do there reaches a real account or costs anything.

Remove it when you no longer need it; Add ▸ Sandbox brings it back with its data.</source>
        <translation>Ein Server, der in Switchboard auf diesem Computer läuft, mit realistischen Beispieldaten für Properties, Broadcast-Projekte sowie Twilio- und SignalWire-Rufnummern. Nichts, was Sie dort tun, erreicht ein echtes Konto oder kostet etwas.

Entfernen Sie ihn, wenn Sie ihn nicht mehr brauchen; Hinzufügen ▸ Sandbox holt ihn mit seinen Daten zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stay(s) disconnected until you enter the secret again.</source>
        <translation>
            <numerusform>%1 bleibt ohne Verbindung, bis Sie das Secret erneut eingeben.</numerusform>
            <numerusform>%1 bleiben ohne Verbindung, bis Sie die Secrets erneut eingeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox is removed when you press OK; its data stays on this computer for when you add it back.</source>
        <translation>Die Sandbox wird entfernt, wenn Sie OK drücken; ihre Daten bleiben auf diesem Computer, falls Sie sie wieder hinzufügen.</translation>
    </message>
    <message>
        <source>“%1” is removed when you press OK, with its secret. Its drafts are kept: you can move them to another account or export them.</source>
        <translation>„%1“ wird mit seinem Secret entfernt, wenn Sie OK drücken. Seine Entwürfe bleiben erhalten: Sie können sie in ein anderes Konto verschieben oder exportieren.</translation>
    </message>
    <message>
        <source>New %1 account</source>
        <translation>Neues %1-Konto</translation>
    </message>
    <message>
        <source>From the environment variables %1. It is used for this session and not saved unless you keep it.</source>
        <translation>Aus den Umgebungsvariablen %1. Es wird für diese Sitzung verwendet und nicht gespeichert, es sei denn, Sie behalten es.</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Konto-&amp;SID:</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>Secret des API-Sch&amp;lüssels:</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>Auth-T&amp;oken:</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Ser&amp;ver (optional):</source>
        <translation>Ser&amp;ver (optional):</translation>
    </message>
    <message>
        <source>only to reach another server, e.g. a test server</source>
        <translation>nur, um einen anderen Server zu erreichen, z. B. einen Testserver</translation>
    </message>
    <message>
        <source>e.g. https://api.example.com</source>
        <translation>z. B. https://api.example.com</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4-0000-4000-8000-1234567890ab</source>
        <translation>z. B. a1b2c3d4-0000-4000-8000-1234567890ab</translation>
    </message>
    <message>
        <source>32 upper-case letters and digits</source>
        <translation>32 Großbuchstaben und Ziffern</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>kept safely; type a new one to replace it</source>
        <translation>sicher aufbewahrt; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>Anfragen gehen an %1</translation>
    </message>
    <message>
        <source>“%1” will sign in to another account or server than before. Drafts written for the old one are kept, but not sent to the new one unless you move them.</source>
        <translation>„%1“ meldet sich bei einem anderen Konto oder Server an als zuvor. Entwürfe, die für das bisherige geschrieben wurden, bleiben erhalten, werden aber erst an das neue gesendet, wenn Sie sie verschieben.</translation>
    </message>
    <message>
        <source>This account comes from environment variables; unset them to remove it</source>
        <translation>Dieses Konto stammt aus Umgebungsvariablen; löschen Sie diese, um es zu entfernen</translation>
    </message>
    <message>
        <source>Make one cheap authenticated request with these details (Alt+T)</source>
        <translation>Mit diesen Angaben eine günstige authentifizierte Anfrage senden (Alt+T)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Enter the secret first</source>
        <translation>Geben Sie zuerst das Secret ein</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Save the accounts and connect</source>
        <translation>Die Konten speichern und verbinden</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” is saved with your accounts when you press OK; its secret goes to the system keychain.</source>
        <translation>„%1“ wird beim Drücken von OK mit Ihren Konten gespeichert; sein Secret kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
</context>
<context>
    <name>AllNumbersPane</name>
    <message>
        <source>Read every account&apos;s numbers again; what changed is updated (%1)</source>
        <translation>Die Rufnummern aller Konten neu lesen; Geändertes wird aktualisiert (%1)</translation>
    </message>
    <message>
        <source>Filter by number, name, region, URL or SID (%1)</source>
        <translation>Nach Rufnummer, Name, Region, URL oder SID filtern (%1)</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>Rufnummern filtern</translation>
    </message>
    <message>
        <source>To change a number, open its account&apos;s Numbers section.</source>
        <translation>Um eine Rufnummer zu ändern, öffnen Sie den Bereich Rufnummern ihres Kontos.</translation>
    </message>
    <message>
        <source>Could not load an account&apos;s numbers. %1</source>
        <translation>Die Rufnummern eines Kontos konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading numbers…</source>
        <translation>Rufnummern werden geladen…</translation>
    </message>
    <message>
        <source>The numbers could not be loaded.</source>
        <translation>Die Rufnummern konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No Twilio or SignalWire account has numbers yet.</source>
        <translation>Noch kein Twilio- oder SignalWire-Konto hat Rufnummern.</translation>
    </message>
    <message>
        <source>No Twilio or SignalWire account is set up.</source>
        <translation>Kein Twilio- oder SignalWire-Konto ist eingerichtet.</translation>
    </message>
    <message>
        <source>No number read so far matches the filter; reading more…</source>
        <translation>Keine bisher gelesene Rufnummer passt zum Filter; weitere werden gelesen…</translation>
    </message>
    <message>
        <source>No number of any account matches the filter.</source>
        <translation>Keine Rufnummer eines Kontos passt zum Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 matching of %n number(s)</source>
        <translation>
            <numerusform>%1 passend von %n Rufnummer</numerusform>
            <numerusform>%1 passend von %n Rufnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Rufnummer</numerusform>
            <numerusform>%n Rufnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>more on the way</source>
        <translation>weitere folgen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Der Server antwortete mit Status %1.</translation>
    </message>
    <message>
        <source>%1 (%2, HTTP %3)</source>
        <translation>%1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server stopped answering: %1</source>
        <translation>Der Server antwortet nicht mehr: %1</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered: %1</source>
        <translation>Die Verbindung brach ab, bevor der Server antwortete: %1</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Sichere Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server sent an answer Switchboard cannot read: %1</source>
        <translation>Der Server schickte eine Antwort, die Switchboard nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Server not found: %1</source>
        <translation>Server nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no answer for %1 seconds</source>
        <translation>seit %1 Sekunden keine Antwort</translation>
    </message>
    <message>
        <source>The server redirected to another address; Switchboard only follows redirects that stay on the same server.</source>
        <translation>Der Server leitete an eine andere Adresse um; Switchboard folgt nur Umleitungen, die auf demselben Server bleiben.</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>ungültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <source>certificate “%1” (issued by “%2”): %3</source>
        <translation>Zertifikat „%1“ (ausgestellt von „%2“): %3</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Starting sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Switchboard is preparing a local server with demo data, so you can look around without a cloud account.</source>
        <translation>Switchboard richtet einen lokalen Server mit Beispieldaten ein, damit Sie sich ohne Cloud-Konto umsehen können.</translation>
    </message>
    <message>
        <source>Local sandbox at %1; changes stay on this computer.</source>
        <translation>Lokale Sandbox unter %1; Änderungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sandbox · %1</source>
        <translation>Sandbox · %1</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Die Sandbox konnte nicht starten</translation>
    </message>
    <message>
        <source>%1

Its data folder is %2. Check that it is writable, then start Switchboard again.</source>
        <translation>%1

Ihr Datenordner ist %2. Prüfen Sie, ob er beschreibbar ist, und starten Sie Switchboard dann erneut.</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The drafts database was damaged and a new one was started; the old one is kept as %1.</source>
        <translation>Die Entwurfsdatenbank war beschädigt, eine neue wurde angelegt; die alte ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>another Switchboard is using the data folder %1 and does not answer, so nothing typed here would be kept. Close it, then start Switchboard again.</source>
        <translation>ein anderes Switchboard verwendet den Datenordner %1 und antwortet nicht; was Sie hier eingeben, würde nicht aufbewahrt. Schließen Sie es und starten Sie Switchboard dann erneut.</translation>
    </message>
    <message>
        <source>%1, so nothing typed here would be kept. Free some space, then start Switchboard again.</source>
        <translation>%1, daher würde nichts gespeichert, was Sie hier eingeben. Geben Sie Speicherplatz frei und starten Sie Switchboard dann erneut.</translation>
    </message>
    <message>
        <source>%1, so nothing typed here would be kept. Start Switchboard again once that is fixed.</source>
        <translation>%1, daher würde nichts gespeichert, was Sie hier eingeben. Starten Sie Switchboard erneut, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>drafts cannot be kept (%1), so nothing typed here would be kept.</source>
        <translation>Entwürfe können nicht aufbewahrt werden (%1), daher würde nichts gespeichert, was Sie hier eingeben.</translation>
    </message>
    <message>
        <source>Enter the %1 of “%2”: the system keychain did not give it to Switchboard (no keychain service is running, or it holds none). Without one it is kept for this session only.</source>
        <translation>Geben Sie den Wert „%1“ für „%2“ ein: Der Schlüsselbund des Systems hat ihn Switchboard nicht übergeben (es läuft kein Schlüsselbund-Dienst oder der Wert ist dort nicht gespeichert). Ohne Schlüsselbund wird er nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No account is called “%1”. Your accounts: %2.</source>
        <translation>Kein Konto heißt „%1“. Ihre Konten: %2.</translation>
    </message>
    <message>
        <source>No account is called “%1”.</source>
        <translation>Kein Konto heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>AvailableNumber</name>
    <message>
        <source>An available number has no phone number.</source>
        <translation>Bei einer verfügbaren Rufnummer fehlt die Telefonnummer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of available numbers.</source>
        <translation>Die Antwort des Servers enthält keine Liste verfügbarer Rufnummern.</translation>
    </message>
</context>
<context>
    <name>AvailableNumberModel</name>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>In the cart</source>
        <translation>Im Warenkorb</translation>
    </message>
    <message>
        <source>Address needed</source>
        <translation>Adresse nötig</translation>
    </message>
    <message>
        <source>Already in the cart: it is bought with the others.</source>
        <translation>Schon im Warenkorb: wird mit den anderen gekauft.</translation>
    </message>
    <message>
        <source>Local regulations require an address (%1) to buy this number.</source>
        <translation>Örtliche Vorschriften verlangen eine Adresse (%1), um diese Rufnummer zu kaufen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>BroadcastDraft</name>
    <message>
        <source>%1 is no longer among the organisation&apos;s numbers (released or moved since it was chosen).</source>
        <translation>%1 gehört nicht mehr zu den Rufnummern der Organisation (seit der Auswahl freigegeben oder verschoben).</translation>
    </message>
</context>
<context>
    <name>BroadcastForm</name>
    <message>
        <source>e.g. Spring appointment reminders</source>
        <translation>z. B. Terminerinnerungen Frühling</translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s name, up to %n character(s) (required).</source>
        <translation>
            <numerusform>Der Name des Projekts, bis zu %n Zeichen (erforderlich).</numerusform>
            <numerusform>Der Name des Projekts, bis zu %n Zeichen (erforderlich).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>SMS (text)</source>
        <translation>SMS (Text)</translation>
    </message>
    <message>
        <source>MMS (text and media)</source>
        <translation>MMS (Text und Medien)</translation>
    </message>
    <message>
        <source>What the project sends.</source>
        <translation>Was das Projekt sendet.</translation>
    </message>
    <message>
        <source>Message &amp;type:</source>
        <translation>Nachrichten&amp;typ:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;10DLC (brand and campaign)</source>
        <translation>&amp;10DLC (Marke und Kampagne)</translation>
    </message>
    <message>
        <source>Ten-digit long codes: sends from local numbers under a registered brand and campaign.</source>
        <translation>Zehnstellige Long Codes: sendet von lokalen Rufnummern unter einer registrierten Marke und Kampagne.</translation>
    </message>
    <message>
        <source>T&amp;oll-free (verification)</source>
        <translation>&amp;Gebührenfrei (Verifizierung)</translation>
    </message>
    <message>
        <source>Sends from the toll-free numbers of one toll-free verification.</source>
        <translation>Sendet von den gebührenfreien Rufnummern einer Toll-free-Verifizierung.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>The registered brand the project sends for (required on 10DLC).</source>
        <translation>Die registrierte Marke, für die das Projekt sendet (bei 10DLC erforderlich).</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marke:</translation>
    </message>
    <message>
        <source>The brand&apos;s campaign the messages belong to (required on 10DLC).</source>
        <translation>Die Kampagne der Marke, zu der die Nachrichten gehören (bei 10DLC erforderlich).</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>The toll-free verification whose numbers send the messages (required on toll-free).</source>
        <translation>Die Toll-free-Verifizierung, deren Rufnummern die Nachrichten senden (beim Kanal „Gebührenfrei“ erforderlich).</translation>
    </message>
    <message>
        <source>Toll-free &amp;verification:</source>
        <translation>Toll-free-&amp;Verifizierung:</translation>
    </message>
    <message>
        <source>Sending n&amp;umbers:</source>
        <translation>&amp;Absender-Rufnummern:</translation>
    </message>
    <message>
        <source>&amp;Link tracking</source>
        <translation>&amp;Link-Tracking</translation>
    </message>
    <message>
        <source>Shorten and track the links in the messages. The destination and the tracking domain are then required.</source>
        <translation>Die Links in den Nachrichten kürzen und verfolgen. Ziel und Tracking-Domain sind dann erforderlich.</translation>
    </message>
    <message>
        <source>https://www.example.com/offer</source>
        <translation>https://www.example.com/offer</translation>
    </message>
    <message>
        <source>Where a tracked link leads (an http or https address).</source>
        <translation>Wohin ein verfolgter Link führt (eine http- oder https-Adresse).</translation>
    </message>
    <message>
        <source>The short domain tracked links use.</source>
        <translation>Die kurze Domain, die verfolgte Links verwenden.</translation>
    </message>
    <message>
        <source>A contact field appended to the destination as a query parameter, e.g. ?phone=…</source>
        <translation>Ein Kontaktfeld, das als Abfrageparameter an das Ziel angehängt wird, z. B. ?phone=…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Tracking do&amp;main:</source>
        <translation>Tracking-&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Query parameter:</source>
        <translation>Abfrage&amp;parameter:</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Projekt wird angelegt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>New broadcast project</source>
        <translation>Neues Broadcast-Projekt</translation>
    </message>
    <message>
        <source>A broadcast project sends SMS or MMS from 1 to %1 of your numbers. It is created in draft status; nothing is sent to recipients yet.</source>
        <translation>Ein Broadcast-Projekt sendet SMS oder MMS von 1 bis %1 Ihrer Rufnummern. Es wird im Status Entwurf angelegt; an Empfänger wird noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Refresh lists</source>
        <translation>Listen aktualisieren</translation>
    </message>
    <message>
        <source>Read the account&apos;s numbers, brands, campaigns and domains again.</source>
        <translation>Rufnummern, Marken, Kampagnen und Domains des Kontos erneut lesen.</translation>
    </message>
    <message>
        <source>Reading the account&apos;s numbers, brands and campaigns…</source>
        <translation>Rufnummern, Marken und Kampagnen des Kontos werden gelesen…</translation>
    </message>
    <message>
        <source>Using the lists from %1 while they are read again…</source>
        <translation>Die Listen mit Stand %1 werden verwendet, während sie erneut gelesen werden…</translation>
    </message>
    <message>
        <source>The account&apos;s lists could not be read, so there is nothing to choose from yet: %1</source>
        <translation>Die Listen des Kontos konnten nicht gelesen werden, daher gibt es noch nichts zur Auswahl: %1</translation>
    </message>
    <message>
        <source>Offline: the lists are from %1 (%2). The project is checked against the server&apos;s lists again before it is sent.</source>
        <translation>Offline: Die Listen haben den Stand %1 (%2). Das Projekt wird vor dem Senden erneut mit den Listen des Servers abgeglichen.</translation>
    </message>
    <message>
        <source>Lists read from the server at %1.</source>
        <translation>Listen vom Server gelesen: %1.</translation>
    </message>
    <message>
        <source>Lists from %1.</source>
        <translation>Listen mit Stand %1.</translation>
    </message>
    <message>
        <source>Choose a brand…</source>
        <translation>Marke wählen…</translation>
    </message>
    <message>
        <source>Unknown brand (%1)</source>
        <translation>Unbekannte Marke (%1)</translation>
    </message>
    <message>
        <source>Choose a toll-free verification…</source>
        <translation>Toll-free-Verifizierung wählen…</translation>
    </message>
    <message>
        <source>Unknown verification (%1)</source>
        <translation>Unbekannte Verifizierung (%1)</translation>
    </message>
    <message>
        <source>Choose a domain…</source>
        <translation>Domain wählen…</translation>
    </message>
    <message>
        <source>Unknown domain (%1)</source>
        <translation>Unbekannte Domain (%1)</translation>
    </message>
    <message>
        <source>Phone number (phone)</source>
        <translation>Telefonnummer (phone)</translation>
    </message>
    <message>
        <source>No parameter</source>
        <translation>Kein Parameter</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (unbekanntes Feld)</translation>
    </message>
    <message>
        <source>Choose a brand first</source>
        <translation>Zuerst eine Marke wählen</translation>
    </message>
    <message>
        <source>Choose a campaign…</source>
        <translation>Kampagne wählen…</translation>
    </message>
    <message>
        <source>Unknown campaign (%1)</source>
        <translation>Unbekannte Kampagne (%1)</translation>
    </message>
    <message>
        <source>%1 has no campaign yet. Register one for the brand, or choose another brand.</source>
        <translation>%1 hat noch keine Kampagne. Registrieren Sie eine für die Marke, oder wählen Sie eine andere Marke.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is on its way to the server.</source>
        <translation>Das Projekt ist auf dem Weg zum Server.</translation>
    </message>
    <message>
        <source>This project has been created.</source>
        <translation>Dieses Projekt wurde angelegt.</translation>
    </message>
    <message>
        <source>Cannot create yet:
%1</source>
        <translation>Kann noch nicht angelegt werden:
%1</translation>
    </message>
    <message>
        <source>Create the project on the server in draft status (Ctrl+Return).</source>
        <translation>Das Projekt auf dem Server im Status Entwurf anlegen (Strg+Eingabetaste).</translation>
    </message>
    <message>
        <source>This window cannot save drafts, so nothing can be sent from it.</source>
        <translation>Dieses Fenster kann keine Entwürfe speichern, daher kann aus ihm nichts gesendet werden.</translation>
    </message>
    <message>
        <source>The project has already been created.</source>
        <translation>Das Projekt wurde bereits angelegt.</translation>
    </message>
    <message>
        <source>Choose first whether the project was created already.</source>
        <translation>Wählen Sie zuerst, ob das Projekt bereits angelegt wurde.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>Sending numbers</source>
        <translation>Absender-Rufnummern</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Toll-free verification</source>
        <translation>Toll-free-Verifizierung</translation>
    </message>
    <message>
        <source>Link tracking</source>
        <translation>Link-Tracking</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tracking domain</source>
        <translation>Tracking-Domain</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Broadcast project — %1</source>
        <translation>Broadcast-Projekt — %1</translation>
    </message>
    <message>
        <source>New broadcast project — %1</source>
        <translation>Neues Broadcast-Projekt — %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>The server did not accept the project: %1 Everything you chose is kept.</source>
        <translation>Der Server hat das Projekt nicht angenommen: %1 Alles, was Sie gewählt haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>BroadcastPane</name>
    <message>
        <source>&amp;New broadcast project</source>
        <translation>&amp;Neues Broadcast-Projekt</translation>
    </message>
    <message>
        <source>Set up a broadcast project in draft status (%1)</source>
        <translation>Ein Broadcast-Projekt im Status Entwurf einrichten (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the projects and the account&apos;s lists again (%1)</source>
        <translation>Die Projekte und die Listen des Kontos erneut laden (%1)</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>Projekte werden geladen</translation>
    </message>
    <message>
        <source>Select a project to see its numbers and settings.</source>
        <translation>Wählen Sie ein Projekt, um seine Rufnummern und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Sends for:</source>
        <translation>Sendet für:</translation>
    </message>
    <message>
        <source>Link tracking:</source>
        <translation>Link-Tracking:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>The project&apos;s sending numbers</source>
        <translation>Die Absender-Rufnummern des Projekts</translation>
    </message>
    <message>
        <source>Could not load the projects. %1</source>
        <translation>Die Projekte konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>The projects could not be loaded.</source>
        <translation>Die Projekte konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This organisation has no broadcast projects yet.</source>
        <translation>Diese Organisation hat noch keine Broadcast-Projekte.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n project(s); sorting covers the loaded rows.</source>
        <translation>
            <numerusform>%1 von %n Projekt angezeigt; die Sortierung umfasst die geladenen Zeilen.</numerusform>
            <numerusform>%1 von %n Projekten angezeigt; die Sortierung umfasst die geladenen Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Draft: nothing has been sent yet</source>
        <translation>Entwurf: Es wurde noch nichts gesendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Toll-free verification %1</source>
        <translation>Toll-free-Verifizierung %1</translation>
    </message>
    <message>
        <source>%1, campaign %2</source>
        <translation>%1, Kampagne %2</translation>
    </message>
    <message>
        <source>On: %1 through %2</source>
        <translation>Ein: %1 über %2</translation>
    </message>
    <message>
        <source>Adds the contact&apos;s %1 to each link</source>
        <translation>Hängt %1 des Kontakts an jeden Link an</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n sending number(s):</source>
        <translation>
            <numerusform>%n Absender-Rufnummer:</numerusform>
            <numerusform>%n Absender-Rufnummern:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (toll-free)</source>
        <translation>%1 (gebührenfrei)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>The account&apos;s numbers have not been read yet.</source>
        <translation>Die Rufnummern des Kontos wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>This number is no longer among the account&apos;s numbers.</source>
        <translation>Diese Rufnummer gehört nicht mehr zu den Rufnummern des Kontos.</translation>
    </message>
    <message>
        <source>Copy project &amp;ID</source>
        <translation>Projekt-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the selected project&apos;s ID</source>
        <translation>Die ID des ausgewählten Projekts kopieren</translation>
    </message>
</context>
<context>
    <name>BroadcastProject</name>
    <message>
        <source>The server&apos;s answer is not a project.</source>
        <translation>Die Antwort des Servers ist kein Projekt.</translation>
    </message>
    <message>
        <source>The server sent a project that cannot be read: %1</source>
        <translation>Der Server schickte ein Projekt, das nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>it has no id.</source>
        <translation>es hat keine ID.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>es hat keinen Namen.</translation>
    </message>
    <message>
        <source>a text field holds something else.</source>
        <translation>ein Textfeld enthält etwas anderes.</translation>
    </message>
    <message>
        <source>link_tracking_enabled is not true or false.</source>
        <translation>link_tracking_enabled ist weder true noch false.</translation>
    </message>
    <message>
        <source>it has no list of numbers.</source>
        <translation>es hat keine Liste von Rufnummern.</translation>
    </message>
    <message>
        <source>a number id is not text.</source>
        <translation>eine Rufnummern-ID ist kein Text.</translation>
    </message>
    <message>
        <source>10DLC</source>
        <translation>10DLC</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
</context>
<context>
    <name>BroadcastReferenceLoader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent %1 that cannot be read.</source>
        <translation>Der Server schickte %1 in einer Form, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Rufnummer</translation>
    </message>
    <message>
        <source>a brand</source>
        <translation>eine Marke</translation>
    </message>
    <message>
        <source>a campaign</source>
        <translation>eine Kampagne</translation>
    </message>
    <message>
        <source>a toll-free verification</source>
        <translation>eine Toll-free-Verifizierung</translation>
    </message>
    <message>
        <source>a link-tracking domain</source>
        <translation>eine Link-Tracking-Domain</translation>
    </message>
    <message>
        <source>a contact field</source>
        <translation>ein Kontaktfeld</translation>
    </message>
</context>
<context>
    <name>BroadcastSender</name>
    <message>
        <source>The project was not sent: the account&apos;s lists changed since this draft was written. %1</source>
        <translation>Das Projekt wurde nicht gesendet: Die Listen des Kontos haben sich geändert, seit dieser Entwurf geschrieben wurde. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n number(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Rufnummer · %2</numerusform>
            <numerusform>%1 · %n Rufnummern · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenNumbersModel</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Not among the organisation&apos;s numbers: released since, or the lists have not loaded yet</source>
        <translation>Nicht unter den Rufnummern der Organisation: inzwischen freigegeben, oder die Listen sind noch nicht geladen</translation>
    </message>
    <message>
        <source>Toll-free number</source>
        <translation>Gebührenfreie Rufnummer</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Lokale Rufnummer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Switchboard: a desktop console for cloud telephony accounts.
With no account configured it starts a local sandbox with demo data.</source>
        <translation>Switchboard: eine Desktop-Konsole für Cloud-Telefonie-Konten.
Ohne eingerichtetes Konto startet es eine lokale Sandbox mit Beispieldaten.</translation>
    </message>
    <message>
        <source>Use the embedded sandbox with demo data, even when accounts are configured.</source>
        <translation>Die eingebaute Sandbox mit Beispieldaten verwenden, auch wenn Konten eingerichtet sind.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Section to show first: %1.</source>
        <translation>Zuerst angezeigter Bereich: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keep settings, sandbox data and drafts in &lt;dir&gt; instead of the usual places.</source>
        <translation>Einstellungen, Sandbox-Daten und Entwürfe in &lt;Ordner&gt; statt an den üblichen Orten ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Phone numbers per demo account when the sandbox is first filled (1 to %1; default %2).</source>
        <translation>Rufnummern je Beispielkonto, wenn die Sandbox zum ersten Mal gefüllt wird (1 bis %1; Standard %2).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>Seconds --screenshot waits for the section to load (default %1).</source>
        <translation>Sekunden, die --screenshot auf das Laden des Bereichs wartet (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Option “--%1” is given more than once.</source>
        <translation>Die Option „--%1“ ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>The screenshot is a PNG image: “%1” must end in .png.</source>
        <translation>Das Bildschirmfoto ist ein PNG-Bild: „%1“ muss auf .png enden.</translation>
    </message>
    <message>
        <source>Unknown section “%1”; choose one of: %2.</source>
        <translation>Unbekannter Bereich „%1“; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--data-dir “%1” is a file, not a folder.</source>
        <translation>--data-dir „%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>--sandbox-numbers must be a whole number from 1 to %1, not “%2”.</source>
        <translation>--sandbox-numbers muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--sandbox-fault “%1”: %2</source>
        <translation>--sandbox-fault „%1“: %2</translation>
    </message>
    <message>
        <source>--screenshot-timeout must be a whole number of seconds from 1 to %1, not “%2”.</source>
        <translation>--screenshot-timeout muss eine ganze Zahl von Sekunden von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Make the embedded sandbox misbehave, to see how Switchboard copes: latency=MS, error-rate=0..1, throttle=N, drop-rate=0..1, lost-answer-rate=0..1 or garble-rate=0..1. Repeatable.</source>
        <translation>Lässt die eingebaute Sandbox Fehler machen, um zu sehen, wie Switchboard damit umgeht: latency=MS, error-rate=0..1, throttle=N, drop-rate=0..1, lost-answer-rate=0..1 oder garble-rate=0..1. Wiederholbar.</translation>
    </message>
    <message>
        <source>Open on the account with this display name (as in Settings ▸ Accounts), e.g. &quot;Acme production&quot;.</source>
        <translation>Mit dem Konto öffnen, das diesen Anzeigenamen hat (wie unter Einstellungen ▸ Konten), z. B. &quot;Acme Produktion&quot;.</translation>
    </message>
    <message>
        <source>--account needs the account’s name.</source>
        <translation>--account braucht den Namen des Kontos.</translation>
    </message>
    <message>
        <source>--account: no account has a name that long.</source>
        <translation>--account: Kein Konto hat einen so langen Namen.</translation>
    </message>
    <message>
        <source>Window system plugin: xcb, wayland, offscreen…</source>
        <translation>Plugin des Fenstersystems: xcb, wayland, offscreen…</translation>
    </message>
    <message>
        <source>Platform theme (colours, icons, dialogs).</source>
        <translation>Plattform-Theme (Farben, Symbole, Dialoge).</translation>
    </message>
    <message>
        <source>Widget style, e.g. Fusion.</source>
        <translation>Widget-Stil, z. B. Fusion.</translation>
    </message>
    <message>
        <source>A Qt style sheet for the whole application.</source>
        <translation>Ein Qt-Stylesheet für die ganze Anwendung.</translation>
    </message>
    <message>
        <source>Lay the window out right to left.</source>
        <translation>Das Fenster von rechts nach links anordnen.</translation>
    </message>
    <message>
        <source>Size and place of the window, e.g. 1000x700+0+0.</source>
        <translation>Größe und Position des Fensters, z. B. 1000x700+0+0.</translation>
    </message>
    <message>
        <source>X11 display to use (the xcb platform).</source>
        <translation>Zu verwendendes X11-Display (die xcb-Plattform).</translation>
    </message>
    <message>
        <source>Qt options:</source>
        <translation>Qt-Optionen:</translation>
    </message>
    <message>
        <source>More in the Qt documentation: %1</source>
        <translation>Mehr in der Qt-Dokumentation: %1</translation>
    </message>
    <message>
        <source>Open the window, wait until the selected section has loaded, save a PNG of the window to &lt;file&gt; and exit. Uses a scratch data folder with fresh demo data (your drafts and data are neither shown nor changed) unless --data-dir is given.</source>
        <translation>Das Fenster öffnen, warten, bis der ausgewählte Bereich geladen ist, ein PNG des Fensters in &lt;file&gt; speichern und beenden. Verwendet einen temporären Datenordner mit frischen Beispieldaten (Ihre Entwürfe und Daten werden weder angezeigt noch geändert), sofern --data-dir nicht angegeben ist.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Switchboard tries again by itself; press F5 to retry now.</source>
        <translation>Switchboard versucht es selbst erneut; drücken Sie F5, um es sofort zu versuchen.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 — last error: %2</source>
        <translation>%1 — letzter Fehler: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>It works: %1 accepted the credentials.</source>
        <translation>Es funktioniert: %1 hat die Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>Wrong credentials: %1 refused the API key SID and secret for this account SID (HTTP %2).</source>
        <translation>Falsche Zugangsdaten: %1 hat die API-Schlüssel-SID und das Secret für diese Konto-SID abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Wrong credentials: %1 refused the account SID and auth token (HTTP %2).</source>
        <translation>Falsche Zugangsdaten: %1 hat Konto-SID und Auth-Token abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Wrong credentials: %1 refused the project ID and API token (HTTP %2).</source>
        <translation>Falsche Zugangsdaten: %1 hat Projekt-ID und API-Token abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Wrong credentials: %1 refused the API key (HTTP %2).</source>
        <translation>Falsche Zugangsdaten: %1 hat den API-Schlüssel abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Host not found: “%1” does not resolve. Check the address and your network (or VPN).</source>
        <translation>Host nicht gefunden: „%1“ lässt sich nicht auflösen. Prüfen Sie die Adresse und Ihr Netzwerk (oder VPN).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>TLS problem with %1: %2. Switchboard does not ignore certificate errors; if your network inspects TLS, add its CA certificate file to the account.</source>
        <translation>TLS-Problem mit %1: %2. Switchboard ignoriert keine Zertifikatsfehler; wenn Ihr Netzwerk TLS-Verbindungen inspiziert, fügen Sie dem Konto dessen CA-Zertifikatsdatei hinzu.</translation>
    </message>
    <message>
        <source>Timeout: %1 did not answer (%2).</source>
        <translation>Zeitüberschreitung: %1 hat nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>%1 answered, but not as a %2 server does: %3</source>
        <translation>%1 hat geantwortet, aber nicht wie ein %2-Server: %3</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>%1 has data already, so the data of an older Switchboard in %2 was left where it is.</source>
        <translation>%1 enthält bereits Daten, daher wurden die Daten eines älteren Switchboard in %2 an ihrem Ort belassen.</translation>
    </message>
    <message>
        <source>%1 is in use by a running Switchboard; it moves to %2 on a later start.</source>
        <translation>%1 wird von einem laufenden Switchboard verwendet; der Ordner wird bei einem späteren Start nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2; it stays in use where it is.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden; der Ordner wird weiter an seinem Ort verwendet.</translation>
    </message>
    <message>
        <source>Could not make room for the data in %1; it stays in %2.</source>
        <translation>Für die Daten in %1 konnte kein Platz geschaffen werden; sie bleiben in %2.</translation>
    </message>
    <message>
        <source>Could not make room for the data in %1; it is kept in %2.</source>
        <translation>Für die Daten in %1 konnte kein Platz geschaffen werden; sie werden in %2 behalten.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2; it is kept there.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden; der Ordner bleibt dort.</translation>
    </message>
    <message>
        <source>The data folder moved from %1 to %2.</source>
        <translation>Der Datenordner wurde von %1 nach %2 verschoben.</translation>
    </message>
</context>
<context>
    <name>DocumentDrafts</name>
    <message>
        <source>Drafts cannot be kept on this computer, so nothing can be sent safely.</source>
        <translation>Entwürfe können auf diesem Computer nicht aufbewahrt werden, daher kann nichts sicher gesendet werden.</translation>
    </message>
    <message>
        <source>The draft could not be saved, so it was not sent: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <source>This account cannot send drafts yet.</source>
        <translation>Dieses Konto kann noch keine Entwürfe senden.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full — free space or export this draft</source>
        <translation>Nicht gespeichert: Der Datenträger ist voll — geben Sie Speicherplatz frei oder exportieren Sie diesen Entwurf</translation>
    </message>
    <message>
        <source>Not saved: %1 — export this draft to keep it</source>
        <translation>Nicht gespeichert: %1 — exportieren Sie diesen Entwurf, um ihn zu behalten</translation>
    </message>
    <message>
        <source>There is no draft to export here.</source>
        <translation>Hier gibt es keinen Entwurf zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking with the server</source>
        <translation>Wird mit dem Server abgeglichen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Number change</source>
        <translation>Rufnummernänderung</translation>
    </message>
    <message>
        <source>Number purchase</source>
        <translation>Rufnummernkauf</translation>
    </message>
    <message>
        <source>Broadcast project</source>
        <translation>Broadcast-Projekt</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is JSON but not a drafts export: it should be an object with “format”: “switchboard-drafts”.</source>
        <translation>Die Datei ist JSON, aber kein Entwurfsexport: Sie sollte ein Objekt mit „format“: „switchboard-drafts“ sein.</translation>
    </message>
    <message>
        <source>The file is not a Switchboard drafts export (its “format” is not “switchboard-drafts”).</source>
        <translation>Die Datei ist kein Switchboard-Entwurfsexport (ihr „format“ ist nicht „switchboard-drafts“).</translation>
    </message>
    <message>
        <source>The file is a drafts export of an unsupported version; this version of Switchboard reads version %1.</source>
        <translation>Die Datei ist ein Entwurfsexport einer nicht unterstützten Version; diese Switchboard-Version liest Version %1.</translation>
    </message>
    <message>
        <source>The file has no list of drafts (“drafts” must be an array).</source>
        <translation>Die Datei enthält keine Entwurfsliste („drafts“ muss ein Array sein).</translation>
    </message>
    <message>
        <source>The file holds %1 drafts; at most %2 can be imported at once.</source>
        <translation>Die Datei enthält %1 Entwürfe; höchstens %2 können auf einmal importiert werden.</translation>
    </message>
    <message>
        <source>Draft %1 of the file cannot be imported: %2</source>
        <translation>Entwurf %1 der Datei kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Draft %1 of the file has the same id as an earlier one (“%2”); the file is damaged or was edited by hand.</source>
        <translation>Entwurf %1 der Datei hat dieselbe ID wie ein früherer („%2“); die Datei ist beschädigt oder wurde von Hand bearbeitet.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-05-01T10:00:00Z.</source>
        <translation>„%1“ muss ein Datum wie 2024-05-01T10:00:00Z sein.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>Er ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>“id” is empty.</source>
        <translation>„id“ ist leer.</translation>
    </message>
    <message>
        <source>“kind” is “%1”, which is not a kind of draft.</source>
        <translation>„kind“ ist „%1“, was keine Entwurfsart ist.</translation>
    </message>
    <message>
        <source>“valid” must be true or false.</source>
        <translation>„valid“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>“payload” is missing.</source>
        <translation>„payload“ fehlt.</translation>
    </message>
    <message>
        <source>“payload” must be a JSON object.</source>
        <translation>„payload“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>“payload” is nested more than %1 levels deep.</source>
        <translation>„payload“ ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>Waiting to send: %1 It is sent as soon as the server can be reached; everything you typed is kept.</source>
        <translation>Wartet auf Versand: %1 Er wird gesendet, sobald der Server erreichbar ist; alle Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>The answer was lost on the way back. Switchboard is checking with the server whether it arrived; nothing is sent again until it knows.</source>
        <translation>Die Antwort ging auf dem Rückweg verloren. Switchboard prüft beim Server, ob er angekommen ist; bis das feststeht, wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>The answer was lost on the way back, and the server cannot be asked yet: %1 Switchboard checks again by itself; nothing is sent again until it knows.</source>
        <translation>Die Antwort ging auf dem Rückweg verloren, und der Server kann noch nicht gefragt werden: %1 Switchboard prüft von selbst erneut; bis das feststeht, wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Created on the server.</source>
        <translation>Auf dem Server angelegt.</translation>
    </message>
    <message>
        <source>Created on the server as %1.</source>
        <translation>Auf dem Server als %1 angelegt.</translation>
    </message>
    <message>
        <source>The server did not accept it: %1 Everything you typed is kept.</source>
        <translation>Der Server hat ihn nicht angenommen: %1 Alle Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Switchboard cannot tell whether this was created: the server has %n record(s) that may be it. Choose one if it is, or send it.</source>
        <translation>
            <numerusform>Switchboard kann nicht feststellen, ob dies angelegt wurde: Der Server hat %n Eintrag, der es sein könnte. Wählen Sie ihn, falls er es ist, oder senden Sie den Entwurf.</numerusform>
            <numerusform>Switchboard kann nicht feststellen, ob dies angelegt wurde: Der Server hat %n Einträge, die es sein könnten. Wählen Sie den passenden, falls einer es ist, oder senden Sie den Entwurf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>It is %1</source>
        <translation>Es ist %1</translation>
    </message>
    <message>
        <source>None of these: send it</source>
        <translation>Keiner davon: senden</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Checking with the server, then sending…</source>
        <translation>Abgleich mit dem Server, dann Versand…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Live account “%1”: what you send from here changes the real account and may cost money.</source>
        <translation>Live-Konto „%1“: Was Sie von hier senden, ändert das echte Konto und kann Geld kosten.</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Wartet auf Versand: %1</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Gesendet (%1)</translation>
    </message>
    <message>
        <source>Kept on this computer. Choose “Send when online” to submit it.</source>
        <translation>Auf diesem Computer aufbewahrt. Wählen Sie „Senden, wenn online“, um ihn abzuschicken.</translation>
    </message>
    <message>
        <source>In the outbox: sent as soon as the account’s server can be reached.</source>
        <translation>Im Postausgang: wird gesendet, sobald der Server des Kontos erreichbar ist.</translation>
    </message>
    <message>
        <source>Being sent now.</source>
        <translation>Wird gerade gesendet.</translation>
    </message>
    <message>
        <source>The connection was lost while sending. Switchboard checks with the server whether it arrived before trying again, so nothing is created twice.</source>
        <translation>Die Verbindung brach beim Senden ab. Switchboard prüft beim Server, ob er angekommen ist, bevor es erneut sendet, damit nichts doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>Created on the server.</source>
        <translation>Auf dem Server angelegt.</translation>
    </message>
    <message>
        <source>The server did not accept it. Fix the fields below and send it again.</source>
        <translation>Der Server hat ihn nicht angenommen. Korrigieren Sie die Felder und senden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Every field passes the checks that can be made offline.</source>
        <translation>Jedes Feld besteht die Prüfungen, die offline möglich sind.</translation>
    </message>
    <message>
        <source>Some fields are missing or wrong; open the draft to see which.</source>
        <translation>Einige Felder fehlen oder sind falsch; öffnen Sie den Entwurf, um zu sehen, welche.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>The server has records that may be this draft, and Switchboard cannot tell whether it created one. Open it to choose; nothing is sent until you do.</source>
        <translation>Der Server hat Einträge, die dieser Entwurf sein könnten, und Switchboard kann nicht feststellen, ob es einen davon angelegt hat. Öffnen Sie ihn, um zu wählen; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Cannot be sent</source>
        <translation>Kann nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>DraftMove</name>
    <message>
        <source>“%1” was sent already.</source>
        <translation>„%1“ wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>“%1” may have reached its account already; moving it could create it twice. Export it instead, or keep it as a draft once the outbox has settled it.</source>
        <translation>Der Entwurf „%1“ hat sein Konto möglicherweise schon erreicht; durch Verschieben könnte er doppelt angelegt werden. Exportieren Sie ihn stattdessen, oder behalten Sie ihn als Entwurf, sobald der Postausgang ihn abgeschlossen hat.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Cannot start the drafts database %1: %2</source>
        <translation>Die Entwurfsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a new drafts database %1: %2</source>
        <translation>Eine neue Entwurfsdatenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Switchboard</source>
        <translation>die Datenbank wurde von einer neueren Switchboard-Version geschrieben</translation>
    </message>
    <message>
        <source>The drafts database %1 is damaged and could not be moved aside.</source>
        <translation>Die Entwurfsdatenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The drafts database is not open.</source>
        <translation>Die Entwurfsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Der Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A draft to export no longer exists.</source>
        <translation>Ein zu exportierender Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a drafts export is much smaller, so this is not one.</source>
        <translation>%1 ist größer als %2 MB; ein Entwurfsexport ist viel kleiner, dies ist also keiner.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>The drafts in %1 are in use by another Switchboard; close it and start again.</source>
        <translation>Die Entwürfe in %1 werden von einem anderen Switchboard verwendet; schließen Sie es und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The draft is in the outbox or sent; it can no longer change.</source>
        <translation>Der Entwurf ist im Postausgang oder gesendet; er kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of draft.</source>
        <translation>„%1“ ist keine Entwurfsart.</translation>
    </message>
    <message>
        <source>The draft is “%1” and cannot become “%2”.</source>
        <translation>Der Entwurf ist „%1“ und kann nicht zu „%2“ werden.</translation>
    </message>
    <message>
        <source>The draft is waiting in the outbox; keep it as a draft first.</source>
        <translation>Der Entwurf wartet im Postausgang; behalten Sie ihn zuerst als Entwurf.</translation>
    </message>
    <message>
        <source>The draft is being sent; it can be deleted once the server has answered.</source>
        <translation>Der Entwurf wird gerade gesendet; er kann gelöscht werden, sobald der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The draft is already in the outbox or sent.</source>
        <translation>Der Entwurf ist schon im Postausgang oder gesendet.</translation>
    </message>
    <message>
        <source>The draft is not complete yet.</source>
        <translation>Der Entwurf ist noch nicht vollständig.</translation>
    </message>
    <message>
        <source>%1 holds a draft of kind “%2”, which this version of Switchboard cannot open; nothing was imported.</source>
        <translation>%1 enthält einen Entwurf der Art „%2“, den diese Version von Switchboard nicht öffnen kann; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept: %1.</source>
        <translation>Entwürfe können nicht aufbewahrt werden: %1.</translation>
    </message>
    <message>
        <source>cannot create the folder (%1)</source>
        <translation>der Ordner kann nicht erstellt werden (%1)</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written</source>
        <translation>die Sperrdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the database cannot be switched to write-ahead logging</source>
        <translation>die Datenbank kann nicht auf Write-Ahead-Logging umgestellt werden</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>Der Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the draft</source>
        <translation>Der Entwurf kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot restore the draft</source>
        <translation>Der Entwurf kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot keep reference data</source>
        <translation>Referenzdaten können nicht aufbewahrt werden</translation>
    </message>
</context>
<context>
    <name>DraftsPane</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>No drafts yet: every form you open is kept here as you type.</source>
        <translation>Noch keine Entwürfe: Jedes Formular, das Sie öffnen, wird hier beim Tippen aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected drafts in their forms (Enter)</source>
        <translation>Die gewählten Entwürfe in ihren Formularen öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Put the selected valid drafts in their account’s outbox; they are sent as soon as the server can be reached</source>
        <translation>Die gewählten gültigen Entwürfe in den Postausgang ihres Kontos legen; sie werden gesendet, sobald der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Take the selected drafts out of the outbox</source>
        <translation>Die gewählten Entwürfe aus dem Postausgang nehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected drafts (or all of them) to a JSON file</source>
        <translation>Die gewählten Entwürfe (oder alle) in einer JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the drafts of an exported JSON file</source>
        <translation>Die Entwürfe einer exportierten JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>The drafts database was damaged, so a new one was started. The old file was kept as %1.</source>
        <translation>Die Entwurfsdatenbank war beschädigt, deshalb wurde eine neue angelegt. Die alte Datei ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Drafts cannot be saved: %1</source>
        <translation>Entwürfe können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This draft cannot be opened: this version of Switchboard has no form for its kind yet.</source>
        <translation>Dieser Entwurf kann nicht geöffnet werden: Diese Version von Switchboard hat noch kein Formular für seine Art.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts cannot be opened: this version of Switchboard has no form for their kind yet.</source>
        <translation>
            <numerusform>%n Entwurf kann nicht geöffnet werden: Diese Version von Switchboard hat noch kein Formular für seine Art.</numerusform>
            <numerusform>%n Entwürfe können nicht geöffnet werden: Diese Version von Switchboard hat noch kein Formular für ihre Art.</numerusform>
        </translation>
    </message>
    <message>
        <source>This draft cannot be opened now: it is in the outbox or already sent, or its account is not available.</source>
        <translation>Dieser Entwurf kann jetzt nicht geöffnet werden: Er liegt im Postausgang oder ist schon gesendet, oder sein Konto ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts cannot be opened now: they are in the outbox or already sent, or their account is not available.</source>
        <translation>
            <numerusform>%n Entwurf kann jetzt nicht geöffnet werden: Er liegt im Postausgang oder ist schon gesendet, oder sein Konto ist nicht verfügbar.</numerusform>
            <numerusform>%n Entwürfe können jetzt nicht geöffnet werden: Sie liegen im Postausgang oder sind schon gesendet, oder ihr Konto ist nicht verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 draft deleted.</source>
        <translation>1 Entwurf gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts deleted.</source>
        <translation>
            <numerusform>%n Entwurf gelöscht.</numerusform>
            <numerusform>%n Entwürfe gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 draft is incomplete and stays a draft; open it to see what is missing.</source>
        <translation>1 Entwurf ist unvollständig und bleibt ein Entwurf; öffnen Sie ihn, um zu sehen, was fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts are incomplete and stay drafts; open them to see what is missing.</source>
        <translation>
            <numerusform>%n Entwurf ist unvollständig und bleibt ein Entwurf; öffnen Sie ihn, um zu sehen, was fehlt.</numerusform>
            <numerusform>%n Entwürfe sind unvollständig und bleiben Entwürfe; öffnen Sie sie, um zu sehen, was fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 draft will be sent as soon as the server can be reached.</source>
        <translation>1 Entwurf wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts will be sent as soon as the server can be reached.</source>
        <translation>
            <numerusform>%n Entwurf wird gesendet, sobald der Server erreichbar ist.</numerusform>
            <numerusform>%n Entwürfe werden gesendet, sobald der Server erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed. %1</source>
        <translation>Export fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>1 draft exported to %1.</source>
        <translation>1 Entwurf nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts exported to %1.</source>
        <translation>
            <numerusform>%n Entwurf nach %1 exportiert.</numerusform>
            <numerusform>%n Entwürfe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>1 draft imported.</source>
        <translation>1 Entwurf importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts imported.</source>
        <translation>
            <numerusform>%n Entwurf importiert.</numerusform>
            <numerusform>%n Entwürfe importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard drafts (*.json)</source>
        <translation>Switchboard-Entwürfe (*.json)</translation>
    </message>
    <message>
        <source>drafts.json</source>
        <translation>entwuerfe.json</translation>
    </message>
    <message>
        <source>Switchboard drafts (*.json);;All files (*)</source>
        <translation>Switchboard-Entwürfe (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only complete drafts that are not already in the outbox can be sent</source>
        <translation>Nur vollständige Entwürfe, die nicht schon im Postausgang liegen, können gesendet werden</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting to send</source>
        <translation>
            <numerusform>, %n wartet auf Versand</numerusform>
            <numerusform>, %n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send when online</source>
        <translation>&amp;Senden, wenn online</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the outbox were kept.</source>
        <translation>
            <numerusform>%n Entwurf im Postausgang wurde behalten.</numerusform>
            <numerusform>%n Entwürfe im Postausgang wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts that are being sent or wait in the outbox cannot be deleted: keep them as drafts first, or wait until the server has answered.</source>
        <translation>Entwürfe, die gerade gesendet werden oder im Postausgang warten, können nicht gelöscht werden: Behalten Sie sie zuerst als Entwürfe oder warten Sie, bis der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the disk is full — free space or export the unsaved drafts (%n draft(s))</source>
        <translation>
            <numerusform>Nicht gespeichert: Der Datenträger ist voll — geben Sie Speicherplatz frei oder exportieren Sie den ungespeicherten Entwurf (%n Entwurf)</numerusform>
            <numerusform>Nicht gespeichert: Der Datenträger ist voll — geben Sie Speicherplatz frei oder exportieren Sie die ungespeicherten Entwürfe (%n Entwürfe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 — export the unsaved drafts to keep them (%n draft(s))</source>
        <translation>
            <numerusform>Nicht gespeichert: %1 — exportieren Sie den ungespeicherten Entwurf, um ihn zu behalten (%n Entwurf)</numerusform>
            <numerusform>Nicht gespeichert: %1 — exportieren Sie die ungespeicherten Entwürfe, um sie zu behalten (%n Entwürfe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) exported to %1.</source>
        <translation>
            <numerusform>%n ungespeicherter Entwurf nach %1 exportiert.</numerusform>
            <numerusform>%n ungespeicherte Entwürfe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved-drafts.json</source>
        <translation>ungespeicherte-entwuerfe.json</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) belong to an account that was removed or now signs in elsewhere. Select them to move them to another account (Move to…) or to export them.</source>
        <translation>
            <numerusform>%n Entwurf gehört zu einem Konto, das entfernt wurde oder sich jetzt anderswo anmeldet. Wählen Sie ihn aus, um ihn in ein anderes Konto zu verschieben (Verschieben nach…) oder zu exportieren.</numerusform>
            <numerusform>%n Entwürfe gehören zu einem Konto, das entfernt wurde oder sich jetzt anderswo anmeldet. Wählen Sie sie aus, um sie in ein anderes Konto zu verschieben (Verschieben nach…) oder zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (old sign-in)</source>
        <translation>%1 (alte Anmeldung)</translation>
    </message>
    <message>
        <source>That account is not available.</source>
        <translation>Dieses Konto ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>1 draft moved to “%1”.</source>
        <translation>1 Entwurf nach „%1“ verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts moved to “%1”.</source>
        <translation>
            <numerusform>%n Entwurf nach „%1“ verschoben.</numerusform>
            <numerusform>%n Entwürfe nach „%1“ verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) cannot be sent from their account any more: move them to another account first (Move to…), or export them.</source>
        <translation>
            <numerusform>%n Entwurf kann nicht mehr von seinem Konto gesendet werden: Verschieben Sie ihn zuerst in ein anderes Konto (Verschieben nach…) oder exportieren Sie ihn.</numerusform>
            <numerusform>%n Entwürfe können nicht mehr von ihrem Konto gesendet werden: Verschieben Sie sie zuerst in ein anderes Konto (Verschieben nach…) oder exportieren Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the selected drafts to another account of the same service</source>
        <translation>Die ausgewählten Entwürfe in ein anderes Konto desselben Dienstes verschieben</translation>
    </message>
    <message>
        <source>Select drafts to move them to another account</source>
        <translation>Wählen Sie Entwürfe aus, um sie in ein anderes Konto zu verschieben</translation>
    </message>
    <message>
        <source>No other account of the same service to move them to</source>
        <translation>Kein anderes Konto desselben Dienstes, in das sie verschoben werden können</translation>
    </message>
    <message>
        <source>Their account is gone or signs in elsewhere now: move them to an account first</source>
        <translation>Ihr Konto existiert nicht mehr oder meldet sich jetzt anderswo an: Verschieben Sie sie zuerst in ein Konto</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>E&amp;xport unsaved…</source>
        <translation>Ungespeicherte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export unsaved drafts</source>
        <translation>Ungespeicherte Entwürfe exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to import: every draft of this file is here already (%n).</source>
        <translation>
            <numerusform>Nichts Neues zu importieren: Der Entwurf dieser Datei ist bereits vorhanden (%n).</numerusform>
            <numerusform>Nichts Neues zu importieren: Alle Entwürfe dieser Datei sind bereits vorhanden (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n draft(s) already here.</source>
        <translation>
            <numerusform>%n bereits vorhandener Entwurf übersprungen.</numerusform>
            <numerusform>%n bereits vorhandene Entwürfe übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export drafts</source>
        <translation>Entwürfe exportieren</translation>
    </message>
    <message>
        <source>Import drafts</source>
        <translation>Entwürfe importieren</translation>
    </message>
</context>
<context>
    <name>FieldFeedback</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problem mit diesem Feld</translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo the last change to this form</source>
        <translation>Die letzte Änderung in diesem Formular rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Die eben rückgängig gemachte Änderung wiederholen</translation>
    </message>
</context>
<context>
    <name>IncomingNumber</name>
    <message>
        <source>A number has no “sid”.</source>
        <translation>Eine Rufnummer hat kein „sid“.</translation>
    </message>
    <message>
        <source>Number %1 has no “phone_number”.</source>
        <translation>Rufnummer %1 hat kein „phone_number“.</translation>
    </message>
    <message>
        <source>Number %1 has no “capabilities”.</source>
        <translation>Rufnummer %1 hat kein „capabilities“.</translation>
    </message>
    <message>
        <source>Number %1 has no valid “%2”.</source>
        <translation>Rufnummer %1 hat kein gültiges „%2“.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a number.</source>
        <translation>Die Antwort des Servers ist keine Rufnummer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of numbers.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Rufnummern.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Loading from the server…</source>
        <translation>Wird vom Server geladen…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>This section has nothing to create</source>
        <translation>In diesem Bereich lässt sich nichts anlegen</translation>
    </message>
    <message>
        <source>Close the current document tab (%1)</source>
        <translation>Den aktuellen Dokument-Tab schließen (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Switchboard</source>
        <translation>Switchboard beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the section again from the server (%1)</source>
        <translation>Den Bereich erneut vom Server laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts</source>
        <translation>Die Liste der Konten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;A desktop console for cloud telephony accounts: properties, broadcast projects and phone numbers on Twilio and SignalWire, with offline drafts.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Cloud-Telefonie-Konten: Properties, Broadcast-Projekte und Rufnummern bei Twilio und SignalWire, mit Offline-Entwürfen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>What Switchboard sent to your accounts in this session (%1)</source>
        <translation>Was Switchboard in dieser Sitzung an Ihre Konten gesendet hat (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, edit, remove and reorder your accounts</source>
        <translation>Konten hinzufügen, bearbeiten, entfernen und neu ordnen</translation>
    </message>
    <message>
        <source>Add your &amp;account…</source>
        <translation>Ihr Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Connect your own Twilio, SignalWire, Properties or Broadcast account</source>
        <translation>Ihr eigenes Twilio-, SignalWire-, Properties- oder Broadcast-Konto verbinden</translation>
    </message>
    <message>
        <source>Add the &amp;sandbox (demo data)</source>
        <translation>&amp;Sandbox hinzufügen (Beispieldaten)</translation>
    </message>
    <message>
        <source>A server on this computer with demo data, to try every screen</source>
        <translation>Ein Server auf diesem Computer mit Beispieldaten, um jede Ansicht auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>Add your Twilio, SignalWire, Properties or Broadcast account, or the sandbox with its demo data to look around first.</source>
        <translation>Fügen Sie Ihr Twilio-, SignalWire-, Properties- oder Broadcast-Konto hinzu, oder die Sandbox mit ihren Beispieldaten, um sich zuerst umzusehen.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be saved: %1.</source>
        <translation>
            <numerusform>%n Entwurf konnte nicht gespeichert werden: %1.</numerusform>
            <numerusform>%n Entwürfe konnten nicht gespeichert werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them elsewhere (another disk, a USB stick) to import them later, or quit and lose the changes that were not saved.</source>
        <translation>Speichern Sie sie anderswo (auf einem anderen Datenträger, einem USB-Stick), um sie später zu importieren, oder beenden Sie das Programm und verwerfen Sie damit die nicht gespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>Switchboard drafts (*.json)</source>
        <translation>Switchboard-Entwürfe (*.json)</translation>
    </message>
    <message>
        <source>unsaved-drafts.json</source>
        <translation>ungespeicherte-entwuerfe.json</translation>
    </message>
    <message>
        <source>The drafts could not be saved there: %1</source>
        <translation>Die Entwürfe konnten dort nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>draft.json</source>
        <translation>entwurf.json</translation>
    </message>
    <message>
        <source>Draft exported to %1.</source>
        <translation>Entwurf nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed. %1</source>
        <translation>Export fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>&amp;Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab sch&amp;ließen</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window and its sections</source>
        <translation>Alle Tastenkürzel des Fensters und seiner Bereiche</translation>
    </message>
    <message>
        <source>Close this tab; its draft is kept</source>
        <translation>Diesen Tab schließen; sein Entwurf bleibt erhalten</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Anderswo speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>Save unsaved drafts elsewhere</source>
        <translation>Ungespeicherte Entwürfe anderswo speichern</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formular: %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>NetworkLog</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>NetworkLogDock</name>
    <message>
        <source>Network log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>&amp;Failed only</source>
        <translation>Nur &amp;fehlgeschlagene</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Filter by account, path, status or error</source>
        <translation>Nach Konto, Pfad, Status oder Fehler filtern</translation>
    </message>
    <message>
        <source>Filter the network log</source>
        <translation>Netzwerkprotokoll filtern</translation>
    </message>
    <message>
        <source>Show only requests that failed</source>
        <translation>Nur fehlgeschlagene Anfragen anzeigen</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command; the secret is a shell variable such as $TWILIO_AUTH_TOKEN (%1)</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren; das Secret ist eine Shell-Variable wie $TWILIO_AUTH_TOKEN (%1)</translation>
    </message>
    <message>
        <source>Forget the requests listed so far</source>
        <translation>Die bisher aufgeführten Anfragen vergessen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Select a request to see its details; the bodies of failed requests are shown here.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Details zu sehen; die Inhalte fehlgeschlagener Anfragen werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Status: waiting for the answer…</source>
        <translation>Status: Antwort wird erwartet…</translation>
    </message>
    <message>
        <source>Retries: %1</source>
        <translation>Wiederholungen: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Anfrageinhalt:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Antwortinhalt:</translation>
    </message>
    <message>
        <source>As curl:</source>
        <translation>Als curl:</translation>
    </message>
</context>
<context>
    <name>NumberEditDraft</name>
    <message>
        <source>The draft does not say which number it edits.</source>
        <translation>Der Entwurf gibt nicht an, welche Rufnummer er bearbeitet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Es wurde nichts geändert, daher gibt es nichts zu speichern.</translation>
    </message>
</context>
<context>
    <name>NumberForm</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the changes and show the number as the server has it</source>
        <translation>Die Änderungen verwerfen und die Rufnummer so anzeigen, wie der Server sie hat</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt %1</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Save the changes on the server (%1)</source>
        <translation>Die Änderungen auf dem Server speichern (%1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1 Everything you changed is kept.</source>
        <translation>Die Änderung wurde nicht gespeichert: %1 Alles, was Sie geändert haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server did not accept some values; they are marked below.</source>
        <translation>Der Server hat einige Werte nicht angenommen; sie sind unten markiert.</translation>
    </message>
</context>
<context>
    <name>NumberListModel</name>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>No voice webhook: calls to this number are not answered.</source>
        <translation>Kein Sprach-Webhook: Anrufe an diese Rufnummer werden nicht angenommen.</translation>
    </message>
    <message>
        <source>The voice webhook is plain http: calls are announced unencrypted.</source>
        <translation>Der Sprach-Webhook nutzt reines http: Anrufe werden unverschlüsselt angekündigt.</translation>
    </message>
    <message>
        <source>No SMS webhook: incoming messages go nowhere.</source>
        <translation>Kein SMS-Webhook: Eingehende Nachrichten gehen ins Leere.</translation>
    </message>
    <message>
        <source>The SMS webhook is plain http: messages are sent on unencrypted.</source>
        <translation>Der SMS-Webhook nutzt reines http: Nachrichten werden unverschlüsselt weitergeleitet.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Record %1 of the page: %2</source>
        <translation>Eintrag %1 der Seite: %2</translation>
    </message>
</context>
<context>
    <name>NumberParametersEditor</name>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Notrufe</translation>
    </message>
    <message>
        <source>Regulatory and address</source>
        <translation>Regulierung und Adresse</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>A name for the number, up to 64 characters. Empty: the formatted number.</source>
        <translation>Ein Name für die Rufnummer, bis zu 64 Zeichen. Leer: die formatierte Rufnummer.</translation>
    </message>
    <message>
        <source>The URL called to answer a call to this number. Not used while a voice application or a trunk is set.</source>
        <translation>Die URL, die aufgerufen wird, um einen Anruf an diese Rufnummer anzunehmen. Wird nicht verwendet, solange eine Sprachanwendung oder ein Trunk gesetzt ist.</translation>
    </message>
    <message>
        <source>Called when the voice URL fails or answers with an error.</source>
        <translation>Wird aufgerufen, wenn die Sprach-URL fehlschlägt oder mit einem Fehler antwortet.</translation>
    </message>
    <message>
        <source>Look up the caller&apos;s name (CNAM) and pass it to your application. May cost extra.</source>
        <translation>Den Namen des Anrufers (CNAM) abfragen und an Ihre Anwendung weitergeben. Kann zusätzliche Kosten verursachen.</translation>
    </message>
    <message>
        <source>An application that handles calls instead of the voice URLs. Setting one clears the trunk, and the reverse.</source>
        <translation>Eine Anwendung, die Anrufe statt der Sprach-URLs bearbeitet. Das Setzen einer Anwendung löscht den Trunk und umgekehrt.</translation>
    </message>
    <message>
        <source>A SIP trunk that handles calls instead of the voice URLs and application. Setting one clears the voice application, and the reverse.</source>
        <translation>Ein SIP-Trunk, der Anrufe statt der Sprach-URLs und der Anwendung bearbeitet. Das Setzen eines Trunks löscht die Sprachanwendung und umgekehrt.</translation>
    </message>
    <message>
        <source>Whether the number receives voice calls or faxes.</source>
        <translation>Ob die Rufnummer Sprachanrufe oder Faxe empfängt.</translation>
    </message>
    <message>
        <source>The URL told about each call&apos;s progress.</source>
        <translation>Die URL, die über den Fortschritt jedes Anrufs informiert wird.</translation>
    </message>
    <message>
        <source>The URL called when the number receives a message. Not used while an SMS application is set.</source>
        <translation>Die URL, die aufgerufen wird, wenn die Rufnummer eine Nachricht empfängt. Wird nicht verwendet, solange eine SMS-Anwendung gesetzt ist.</translation>
    </message>
    <message>
        <source>Called when the SMS URL fails.</source>
        <translation>Wird aufgerufen, wenn die SMS-URL fehlschlägt.</translation>
    </message>
    <message>
        <source>An application that handles messages instead of the SMS URLs.</source>
        <translation>Eine Anwendung, die Nachrichten statt der SMS-URLs bearbeitet.</translation>
    </message>
    <message>
        <source>Whether the number may place emergency calls. Needs a registered emergency address.</source>
        <translation>Ob die Rufnummer Notrufe tätigen darf. Erfordert eine registrierte Notrufadresse.</translation>
    </message>
    <message>
        <source>The registered address sent with emergency calls from this number.</source>
        <translation>Die registrierte Adresse, die bei Notrufen von dieser Rufnummer übermittelt wird.</translation>
    </message>
    <message>
        <source>An address of the account, required by local regulations for some numbers.</source>
        <translation>Eine Adresse des Kontos, die bei manchen Rufnummern durch lokale Vorschriften verlangt wird.</translation>
    </message>
    <message>
        <source>An identity of the account, required by the regulations of some regions.</source>
        <translation>Eine Identität des Kontos, die in manchen Regionen durch Vorschriften verlangt wird.</translation>
    </message>
    <message>
        <source>A regulatory bundle of the account, required in some regions.</source>
        <translation>Ein Regulierungs-Bundle des Kontos, in manchen Regionen erforderlich.</translation>
    </message>
    <message>
        <source>The API version used for calls to this number&apos;s URLs.</source>
        <translation>Die API-Version für Aufrufe der URLs dieser Rufnummer.</translation>
    </message>
    <message>
        <source>Faxes</source>
        <translation>Faxe</translation>
    </message>
    <message>
        <source>Voice calls</source>
        <translation>Sprachanrufe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Voice URL</source>
        <translation>Sprach-URL</translation>
    </message>
    <message>
        <source>Voice method</source>
        <translation>Sprach-Methode</translation>
    </message>
    <message>
        <source>Voice fallback URL</source>
        <translation>Sprach-Fallback-URL</translation>
    </message>
    <message>
        <source>Fallback method</source>
        <translation>Fallback-Methode</translation>
    </message>
    <message>
        <source>Caller name lookup</source>
        <translation>Anrufernamen-Abfrage</translation>
    </message>
    <message>
        <source>Voice application SID</source>
        <translation>SID der Sprachanwendung</translation>
    </message>
    <message>
        <source>Trunk SID</source>
        <translation>Trunk-SID</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>Status-Callback-URL</translation>
    </message>
    <message>
        <source>Status callback method</source>
        <translation>Status-Callback-Methode</translation>
    </message>
    <message>
        <source>SMS URL</source>
        <translation>SMS-URL</translation>
    </message>
    <message>
        <source>SMS method</source>
        <translation>SMS-Methode</translation>
    </message>
    <message>
        <source>SMS fallback URL</source>
        <translation>SMS-Fallback-URL</translation>
    </message>
    <message>
        <source>SMS fallback method</source>
        <translation>SMS-Fallback-Methode</translation>
    </message>
    <message>
        <source>SMS application SID</source>
        <translation>SID der SMS-Anwendung</translation>
    </message>
    <message>
        <source>Emergency address SID</source>
        <translation>SID der Notrufadresse</translation>
    </message>
    <message>
        <source>Address SID</source>
        <translation>Adress-SID</translation>
    </message>
    <message>
        <source>Identity SID</source>
        <translation>Identitäts-SID</translation>
    </message>
    <message>
        <source>Bundle SID</source>
        <translation>Bundle-SID</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <source>https://example.com/…</source>
        <translation>https://example.com/…</translation>
    </message>
    <message>
        <source>an identifier such as 4c1e2f6a-…</source>
        <translation>eine Kennung wie 4c1e2f6a-…</translation>
    </message>
    <message>
        <source>the formatted number</source>
        <translation>die formatierte Rufnummer</translation>
    </message>
    <message>
        <source>The voice application was cleared: a trunk replaces it.</source>
        <translation>Die Sprachanwendung wurde entfernt: Ein Trunk ersetzt sie.</translation>
    </message>
    <message>
        <source>The trunk was cleared: a voice application replaces it.</source>
        <translation>Der Trunk wurde entfernt: Eine Sprachanwendung ersetzt ihn.</translation>
    </message>
    <message>
        <source>Plain http: requests to this URL, and what they carry, are not encrypted.</source>
        <translation>Anfragen über einfaches http: an diese URL und ihr Inhalt sind nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>NumberPicker</name>
    <message>
        <source>Select all visible</source>
        <translation>Alle sichtbaren auswählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Filter by number, area code or type</source>
        <translation>Nach Rufnummer, Vorwahl oder Typ filtern</translation>
    </message>
    <message>
        <source>Filter the numbers</source>
        <translation>Die Rufnummern filtern</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>Check the numbers the project sends from; Space checks the current one</source>
        <translation>Kreuzen Sie die Rufnummern an, von denen das Projekt sendet; die Leertaste kreuzt die aktuelle an</translation>
    </message>
    <message>
        <source>Chosen numbers</source>
        <translation>Ausgewählte Rufnummern</translation>
    </message>
    <message>
        <source>Delete removes the selected numbers</source>
        <translation>Entf entfernt die markierten Rufnummern</translation>
    </message>
    <message>
        <source>Select all visible numbers</source>
        <translation>Alle sichtbaren Rufnummern auswählen</translation>
    </message>
    <message>
        <source>Clear the chosen numbers</source>
        <translation>Die Auswahl der Rufnummern aufheben</translation>
    </message>
    <message>
        <source>Remove the selected chosen numbers</source>
        <translation>Die markierten ausgewählten Rufnummern entfernen</translation>
    </message>
    <message>
        <source>Chosen count</source>
        <translation>Anzahl ausgewählter Rufnummern</translation>
    </message>
    <message>
        <source>Number selection message</source>
        <translation>Meldung zur Rufnummernauswahl</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Rufnummern</translation>
    </message>
    <message>
        <source>C&amp;hosen</source>
        <translation>Aus&amp;gewählt</translation>
    </message>
    <message>
        <source>The numbers cannot be changed here</source>
        <translation>Die Rufnummern können hier nicht geändert werden</translation>
    </message>
    <message>
        <source>No numbers chosen</source>
        <translation>Keine Rufnummern ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>Let go of the %n chosen number(s)</source>
        <translation>
            <numerusform>Auswahl der %n ausgewählten Rufnummer aufheben</numerusform>
            <numerusform>Auswahl der %n ausgewählten Rufnummern aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a chosen number to remove it</source>
        <translation>Markieren Sie eine ausgewählte Rufnummer, um sie zu entfernen</translation>
    </message>
    <message>
        <source>Remove the selected numbers from the project (Delete)</source>
        <translation>Die markierten Rufnummern aus dem Projekt entfernen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 numbers chosen</source>
        <translation>
            <numerusform>%n von %1 Rufnummern ausgewählt</numerusform>
            <numerusform>%n von %1 Rufnummern ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n not found</source>
        <translation>
            <numerusform>%1, %n nicht gefunden</numerusform>
            <numerusform>%1, %n nicht gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberSearch</name>
    <message>
        <source>Local numbers</source>
        <translation>Lokale Rufnummern</translation>
    </message>
    <message>
        <source>Mobile numbers</source>
        <translation>Mobilfunknummern</translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation>Gebührenfreie Rufnummern</translation>
    </message>
    <message>
        <source>in area code %1</source>
        <translation>mit Vorwahl %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>near postal code %1</source>
        <translation>nahe Postleitzahl %1</translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>nahe %1</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>mit dem Muster „%1“</translation>
    </message>
</context>
<context>
    <name>NumberSelectionFilterModel</name>
    <message>
        <source>The numbers cannot be changed here</source>
        <translation>Die Rufnummern können hier nicht geändert werden</translation>
    </message>
    <message>
        <source>No numbers to choose from</source>
        <translation>Keine Rufnummern zur Auswahl</translation>
    </message>
    <message>
        <source>No numbers match the filter</source>
        <translation>Keine Rufnummern passen zum Filter</translation>
    </message>
    <message>
        <source>Every number shown that this project can use is chosen already</source>
        <translation>Jede angezeigte Rufnummer, die dieses Projekt verwenden kann, ist bereits ausgewählt</translation>
    </message>
    <message>
        <source>None of the numbers shown can be used by this project</source>
        <translation>Keine der angezeigten Rufnummern kann von diesem Projekt verwendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) match; a project takes at most %1</source>
        <translation>
            <numerusform>%n Rufnummer passt; ein Projekt umfasst höchstens %1</numerusform>
            <numerusform>%n Rufnummern passen; ein Projekt umfasst höchstens %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more number(s) match, with %1 chosen already; a project takes at most %2</source>
        <translation>
            <numerusform>%n weitere Rufnummer passt, bei %1 bereits ausgewählten; ein Projekt umfasst höchstens %2</numerusform>
            <numerusform>%n weitere Rufnummern passen, bei %1 bereits ausgewählten; ein Projekt umfasst höchstens %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose the %n number(s) shown that this project can use</source>
        <translation>
            <numerusform>Die %n angezeigte Rufnummer auswählen, die dieses Projekt verwenden kann</numerusform>
            <numerusform>Die %n angezeigten Rufnummern auswählen, die dieses Projekt verwenden kann</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberSelectionModel</name>
    <message>
        <source>Toll-free number</source>
        <translation>Gebührenfreie Rufnummer</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Lokale Rufnummer</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Toll-free number: a 10DLC project sends from local numbers</source>
        <translation>Gebührenfreie Rufnummer: Ein 10DLC-Projekt sendet von lokalen Rufnummern</translation>
    </message>
    <message>
        <source>Local number: a toll-free project sends from toll-free numbers of its verification</source>
        <translation>Lokale Rufnummer: Ein gebührenfreies Projekt sendet von gebührenfreien Rufnummern seiner Verifizierung</translation>
    </message>
    <message>
        <source>Choose a toll-free verification first: a toll-free project sends from its numbers</source>
        <translation>Wählen Sie zuerst eine Toll-free-Verifizierung: Ein gebührenfreies Projekt sendet von deren Rufnummern</translation>
    </message>
    <message>
        <source>Toll-free number without a verification: a toll-free project sends from the numbers of its verification</source>
        <translation>Gebührenfreie Rufnummer ohne Verifizierung: Ein gebührenfreies Projekt sendet von den Rufnummern seiner Verifizierung</translation>
    </message>
    <message>
        <source>Belongs to another toll-free verification (%1)</source>
        <translation>Gehört zu einer anderen Toll-free-Verifizierung (%1)</translation>
    </message>
    <message>
        <source>toll-free, not allowed on 10DLC</source>
        <translation>gebührenfrei, bei 10DLC nicht erlaubt</translation>
    </message>
    <message>
        <source>local, not allowed on toll-free</source>
        <translation>lokal, bei gebührenfrei nicht erlaubt</translation>
    </message>
    <message>
        <source>no toll-free verification chosen</source>
        <translation>keine Toll-free-Verifizierung ausgewählt</translation>
    </message>
    <message>
        <source>toll-free without a verification</source>
        <translation>gebührenfrei ohne Verifizierung</translation>
    </message>
    <message>
        <source>belongs to verification %1</source>
        <translation>gehört zu Verifizierung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n number(s): %1</source>
        <translation>
            <numerusform>%n Rufnummer entfernt: %1</numerusform>
            <numerusform>%n Rufnummern entfernt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A project sends from at most %1 numbers: remove one before choosing another.</source>
        <translation>Ein Projekt sendet von höchstens %1 Rufnummern: Entfernen Sie eine, bevor Sie eine weitere auswählen.</translation>
    </message>
</context>
<context>
    <name>NumbersPane</name>
    <message>
        <source>&amp;Buy numbers…</source>
        <translation>Rufnummern &amp;kaufen…</translation>
    </message>
    <message>
        <source>Search for numbers and buy them (%1)</source>
        <translation>Rufnummern suchen und kaufen (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the account&apos;s numbers again (%1)</source>
        <translation>Die Rufnummern des Kontos erneut laden (%1)</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Give the selected number back to the provider (%1)</source>
        <translation>Die markierte Rufnummer an den Anbieter zurückgeben (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Number contains, e.g. 415 or 555*12 (%1)</source>
        <translation>Rufnummer enthält, z. B. 415 oder 555*12 (%1)</translation>
    </message>
    <message>
        <source>Asks the server for the numbers containing these digits; * stands for any one digit.</source>
        <translation>Fragt den Server nach den Rufnummern, die diese Ziffern enthalten; * steht für eine beliebige Ziffer.</translation>
    </message>
    <message>
        <source>Filter by number</source>
        <translation>Nach Rufnummer filtern</translation>
    </message>
    <message>
        <source>Friendly name contains</source>
        <translation>Anzeigename enthält</translation>
    </message>
    <message>
        <source>Filter by friendly name</source>
        <translation>Nach Anzeigename filtern</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Loading numbers</source>
        <translation>Rufnummern werden geladen</translation>
    </message>
    <message>
        <source>Select a number to see and change its configuration.</source>
        <translation>Wählen Sie eine Rufnummer, um ihre Konfiguration zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Could not load the numbers. %1</source>
        <translation>Die Rufnummern konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Changes to %1 are open in their own tab.</source>
        <translation>Änderungen an %1 sind in einem eigenen Tab geöffnet.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept on this computer, so changes to numbers cannot be saved safely.</source>
        <translation>Entwürfe können auf diesem Computer nicht aufbewahrt werden, daher lassen sich Änderungen an Rufnummern nicht sicher speichern.</translation>
    </message>
    <message>
        <source>A number is no longer on the account; it was taken off the list.</source>
        <translation>Eine Rufnummer ist nicht mehr im Konto; sie wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>Saved on the server at %1.</source>
        <translation>Um %1 auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>calls to it stop reaching trunk %1</source>
        <translation>erreichen Anrufe an sie den Trunk %1 nicht mehr</translation>
    </message>
    <message>
        <source>calls to it stop reaching application %1</source>
        <translation>erreichen Anrufe an sie die Anwendung %1 nicht mehr</translation>
    </message>
    <message>
        <source>calls to it stop reaching %1</source>
        <translation>erreichen Anrufe an sie %1 nicht mehr</translation>
    </message>
    <message>
        <source>it can no longer receive or make calls</source>
        <translation>kann sie keine Anrufe mehr empfangen oder tätigen</translation>
    </message>
    <message>
        <source>messages to it stop reaching application %1</source>
        <translation>erreichen Nachrichten an sie die Anwendung %1 nicht mehr</translation>
    </message>
    <message>
        <source>messages to it stop reaching %1</source>
        <translation>erreichen Nachrichten an sie %1 nicht mehr</translation>
    </message>
    <message>
        <source>it can no longer send or receive messages</source>
        <translation>kann sie keine Nachrichten mehr senden oder empfangen</translation>
    </message>
    <message>
        <source>emergency calling from it ends</source>
        <translation>sind von ihr keine Notrufe mehr möglich</translation>
    </message>
    <message>
        <source>If you release %1, %2.</source>
        <translation>Wenn Sie %1 freigeben, %2.</translation>
    </message>
    <message>
        <source>it leaves the account</source>
        <translation>verlässt sie das Konto</translation>
    </message>
    <message>
        <source>The number goes back to %1 and may be bought by someone else. This cannot be undone.</source>
        <translation>Die Rufnummer geht an %1 zurück und kann von jemand anderem gekauft werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“%1” is a live account: the number is released for real.</source>
        <translation>„%1“ ist ein Live-Konto: Die Rufnummer wird tatsächlich freigegeben.</translation>
    </message>
    <message>
        <source>Release %1?</source>
        <translation>%1 freigeben?</translation>
    </message>
    <message>
        <source>Release %1 (%2)?</source>
        <translation>%1 (%2) freigeben?</translation>
    </message>
    <message>
        <source>&amp;Release number</source>
        <translation>&amp;Rufnummer freigeben</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>%1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Checking whether %1 was released…</source>
        <translation>Es wird geprüft, ob %1 freigegeben wurde…</translation>
    </message>
    <message>
        <source>The server did not answer and still lists the number: %1</source>
        <translation>Der Server hat nicht geantwortet und listet die Rufnummer weiterhin: %1</translation>
    </message>
    <message>
        <source>Switchboard cannot tell yet whether %1 was released (%2); it asks the server again.</source>
        <translation>Switchboard kann noch nicht sagen, ob %1 freigegeben wurde (%2); es fragt den Server erneut.</translation>
    </message>
    <message>
        <source>%1 was released.</source>
        <translation>%1 wurde freigegeben.</translation>
    </message>
    <message>
        <source>%1 was not released: %2</source>
        <translation>%1 wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <source>Loading numbers…</source>
        <translation>Rufnummern werden geladen…</translation>
    </message>
    <message>
        <source>Asking the server for matching numbers…</source>
        <translation>Der Server wird nach passenden Rufnummern gefragt…</translation>
    </message>
    <message>
        <source>The numbers could not be loaded.</source>
        <translation>Die Rufnummern konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No number of this account matches the filter.</source>
        <translation>Keine Rufnummer dieses Kontos passt zum Filter.</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>This account has no numbers yet.</source>
        <translation>Dieses Konto hat noch keine Rufnummern.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Rufnummer</numerusform>
            <numerusform>%n Rufnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching number(s)</source>
        <translation>
            <numerusform>%n passende Rufnummer</numerusform>
            <numerusform>%n passende Rufnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n Rufnummer geladen, weitere beim Scrollen</numerusform>
            <numerusform>%n Rufnummern geladen, weitere beim Scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>sorted among those loaded</source>
        <translation>sortiert innerhalb der geladenen</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Rufnummer k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy &amp;SID</source>
        <translation>S&amp;ID kopieren</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Some fields are not valid; correct them and send again.</source>
        <translation>Einige Felder sind ungültig; korrigieren Sie sie und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Could not check the server before sending: %1</source>
        <translation>Der Server konnte vor dem Senden nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The drafts database is not open.</source>
        <translation>Die Entwurfsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This account cannot send this kind of draft.</source>
        <translation>Dieses Konto kann diese Art von Entwurf nicht senden.</translation>
    </message>
    <message>
        <source>The draft is not waiting for a decision.</source>
        <translation>Der Entwurf wartet auf keine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>The server has %n record(s) that may be this draft; choose whether one of them is it.</source>
        <translation>
            <numerusform>Der Server hat %n Eintrag, der dieser Entwurf sein könnte; entscheiden Sie, ob er es ist.</numerusform>
            <numerusform>Der Server hat %n Einträge, die dieser Entwurf sein könnten; entscheiden Sie, ob einer davon es ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not on the server, but Switchboard could not be sure while sending it, so it was not sent again by itself. Send it again when you are ready.</source>
        <translation>Er ist nicht auf dem Server, aber Switchboard konnte sich beim Senden nicht sicher sein und hat ihn daher nicht von selbst erneut gesendet. Senden Sie ihn erneut, wenn Sie so weit sind.</translation>
    </message>
</context>
<context>
    <name>PagedEndpoint</name>
    <message>
        <source>The server&apos;s next page is not a path on the same server (%1).</source>
        <translation>Die nächste Seite des Servers ist kein Pfad auf demselben Server (%1).</translation>
    </message>
    <message>
        <source>it does not start with a single “/”</source>
        <translation>beginnt nicht mit einem einzelnen „/“</translation>
    </message>
    <message>
        <source>it holds a space, a control character or a backslash</source>
        <translation>enthält ein Leerzeichen, ein Steuerzeichen oder einen Backslash</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>it names another server</source>
        <translation>nennt einen anderen Server</translation>
    </message>
    <message>
        <source>it carries a fragment</source>
        <translation>enthält ein Fragment</translation>
    </message>
    <message>
        <source>The list page is not a JSON object.</source>
        <translation>Die Listenseite ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The list page has no “%1” array.</source>
        <translation>Die Listenseite hat kein „%1“-Array.</translation>
    </message>
    <message>
        <source>Record %1 of the list page is not an object.</source>
        <translation>Eintrag %1 der Listenseite ist kein Objekt.</translation>
    </message>
    <message>
        <source>The list page has no valid “TotalCount”.</source>
        <translation>Die Listenseite hat keinen gültigen „TotalCount“.</translation>
    </message>
    <message>
        <source>The list page&apos;s “total” is not a count.</source>
        <translation>Das Feld „total“ der Listenseite ist keine Anzahl.</translation>
    </message>
    <message>
        <source>The list page&apos;s “%1” is not a count.</source>
        <translation>Das Feld „%1“ der Listenseite ist keine Anzahl.</translation>
    </message>
    <message>
        <source>The list page&apos;s “%1” is not text.</source>
        <translation>Das Feld „%1“ der Listenseite ist kein Text.</translation>
    </message>
    <message>
        <source>The list page&apos;s “%1” is neither text nor null.</source>
        <translation>Das Feld „%1“ der Listenseite ist weder Text noch null.</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <source>The server&apos;s next page is the page just read.</source>
        <translation>Die nächste Seite des Servers ist die gerade gelesene.</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Record %1 of the page: %2</source>
        <translation>Eintrag %1 der Seite: %2</translation>
    </message>
</context>
<context>
    <name>PropertiesPane</name>
    <message>
        <source>&amp;New property</source>
        <translation>&amp;Neue Property</translation>
    </message>
    <message>
        <source>Create a property (%1)</source>
        <translation>Eine Property anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list of properties again (%1)</source>
        <translation>Die Liste der Properties erneut laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter by name, domain or time zone (%1)</source>
        <translation>Nach Name, Domain oder Zeitzone filtern (%1)</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Properties filtern</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Alle Properties</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>SMS enabled</source>
        <translation>SMS aktiviert</translation>
    </message>
    <message>
        <source>Call recording enabled</source>
        <translation>Anrufaufzeichnung aktiviert</translation>
    </message>
    <message>
        <source>Integrations enabled</source>
        <translation>Integrationen aktiviert</translation>
    </message>
    <message>
        <source>Show only the properties with this setting</source>
        <translation>Nur die Properties mit dieser Einstellung zeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Loading properties</source>
        <translation>Properties werden geladen</translation>
    </message>
    <message>
        <source>Could not load the properties. %1</source>
        <translation>Die Properties konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading properties…</source>
        <translation>Properties werden geladen…</translation>
    </message>
    <message>
        <source>The properties could not be loaded.</source>
        <translation>Die Properties konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This account has no properties yet.</source>
        <translation>Dieses Konto hat noch keine Properties.</translation>
    </message>
    <message>
        <source>Searching more properties…</source>
        <translation>Weitere Properties werden durchsucht…</translation>
    </message>
    <message>
        <source>No property matches the filter.</source>
        <translation>Keine Property passt zum Filter.</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 matching · %2 of %n properties loaded</source>
        <translation>
            <numerusform>%1 passend · %2 von %n Property geladen</numerusform>
            <numerusform>%1 passend · %2 von %n Properties geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n Property</numerusform>
            <numerusform>%n Properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n properties</source>
        <translation>
            <numerusform>%1 von %n Property angezeigt</numerusform>
            <numerusform>%1 von %n Properties angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>This property is no longer on the server.</source>
        <translation>Diese Property gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Could not check with the server: %1</source>
        <translation>Abgleich mit dem Server nicht möglich: %1</translation>
    </message>
    <message>
        <source>Checked with the server at %1.</source>
        <translation>Um %1 mit dem Server abgeglichen.</translation>
    </message>
    <message>
        <source>Copy &amp;SID</source>
        <translation>&amp;SID kopieren</translation>
    </message>
    <message>
        <source>Copy the selected property&apos;s SID</source>
        <translation>Die SID der ausgewählten Property kopieren</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>“%1” is not a property SID.</source>
        <translation>„%1“ ist keine Property-SID.</translation>
    </message>
    <message>
        <source>“%1” is not an account SID.</source>
        <translation>„%1“ ist keine Konto-SID.</translation>
    </message>
    <message>
        <source>A property record has no “%1”.</source>
        <translation>Ein Property-Eintrag hat kein „%1“.</translation>
    </message>
    <message>
        <source>A property record&apos;s “%1” is not a string.</source>
        <translation>Das Feld „%1“ eines Property-Eintrags ist kein Text.</translation>
    </message>
    <message>
        <source>A property record&apos;s “%1” is not true or false.</source>
        <translation>Das Feld „%1“ eines Property-Eintrags ist weder true noch false.</translation>
    </message>
    <message>
        <source>Record %1 of the list is not an object.</source>
        <translation>Eintrag %1 der Liste ist kein Objekt.</translation>
    </message>
    <message>
        <source>Record %1 of the list: %2</source>
        <translation>Eintrag %1 der Liste: %2</translation>
    </message>
    <message>
        <source>The property is not a JSON object.</source>
        <translation>Die Property ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer&apos;s “Property” is not an object.</source>
        <translation>Das Feld „Property“ der Antwort ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>PropertyDetailView</name>
    <message>
        <source>Select a property to see its details.</source>
        <translation>Wählen Sie eine Property, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Property SID:</source>
        <translation>Property-SID:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Konto-SID:</translation>
    </message>
    <message>
        <source>Main domain:</source>
        <translation>Hauptdomain:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>SMS:</source>
        <translation>SMS:</translation>
    </message>
    <message>
        <source>Call recording:</source>
        <translation>Anrufaufzeichnung:</translation>
    </message>
    <message>
        <source>Integrations:</source>
        <translation>Integrationen:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Property SID</source>
        <translation>Property-SID</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Konto-SID</translation>
    </message>
</context>
<context>
    <name>PropertyDraftSender</name>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>e.g. Spring marketing campaign</source>
        <translation>z. B. Frühjahrs-Marketingkampagne</translation>
    </message>
    <message>
        <source>The property&apos;s name, as your team will see it (required).</source>
        <translation>Der Name der Property, wie Ihr Team ihn sieht (Pflichtfeld).</translation>
    </message>
    <message>
        <source>e.g. marketing.example.com</source>
        <translation>z. B. marketing.example.com</translation>
    </message>
    <message>
        <source>The host name the property belongs to, without “https://” or a path (required).</source>
        <translation>Der Hostname, zu dem die Property gehört, ohne „https://“ und ohne Pfad (Pflichtfeld).</translation>
    </message>
    <message>
        <source>The property&apos;s Windows time zone ID (required). Type an ID, a city or an offset to search.</source>
        <translation>Die Windows-Zeitzonen-ID der Property (Pflichtfeld). Geben Sie zum Suchen eine ID, eine Stadt oder einen Versatz ein.</translation>
    </message>
    <message>
        <source>&amp;SMS enabled</source>
        <translation>&amp;SMS aktiviert</translation>
    </message>
    <message>
        <source>Allow the property&apos;s numbers to send and receive SMS.</source>
        <translation>Den Rufnummern der Property erlauben, SMS zu senden und zu empfangen.</translation>
    </message>
    <message>
        <source>Call &amp;recording enabled</source>
        <translation>Anruf&amp;aufzeichnung aktiviert</translation>
    </message>
    <message>
        <source>Record the property&apos;s calls.</source>
        <translation>Die Anrufe der Property aufzeichnen.</translation>
    </message>
    <message>
        <source>&amp;Integrations enabled</source>
        <translation>&amp;Integrationen aktiviert</translation>
    </message>
    <message>
        <source>Let external integrations use the property.</source>
        <translation>Externen Integrationen die Nutzung der Property erlauben.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <source>Create the property as active. An inactive property keeps its configuration but does not handle traffic.</source>
        <translation>Die Property aktiv anlegen. Eine inaktive Property behält ihre Konfiguration, verarbeitet aber keinen Verkehr.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Main &amp;domain:</source>
        <translation>Haupt&amp;domain:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <source>Creating the property</source>
        <translation>Die Property wird angelegt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Neue Property</translation>
    </message>
    <message>
        <source>A property holds phone numbers and their configuration. Name, main domain and time zone are required.</source>
        <translation>Eine Property enthält Rufnummern und ihre Konfiguration. Name, Hauptdomain und Zeitzone sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>This property has been created.</source>
        <translation>Diese Property wurde angelegt.</translation>
    </message>
    <message>
        <source>Create the property on the server (Ctrl+Return).</source>
        <translation>Die Property auf dem Server anlegen (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>The property has already been created.</source>
        <translation>Die Property wurde bereits angelegt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Main domain</source>
        <translation>Hauptdomain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>SMS enabled</source>
        <translation>SMS aktiviert</translation>
    </message>
    <message>
        <source>Call recording enabled</source>
        <translation>Anrufaufzeichnung aktiviert</translation>
    </message>
    <message>
        <source>Integrations enabled</source>
        <translation>Integrationen aktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Property — %1</source>
        <translation>Property — %1</translation>
    </message>
    <message>
        <source>New property — %1</source>
        <translation>Neue Property — %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>The property is on its way to the server.</source>
        <translation>Die Property ist auf dem Weg zum Server.</translation>
    </message>
    <message>
        <source>Cannot create yet:
%1</source>
        <translation>Noch kein Anlegen möglich:
%1</translation>
    </message>
    <message>
        <source>This window cannot save drafts, so nothing can be sent from it.</source>
        <translation>Dieses Fenster kann keine Entwürfe speichern, daher kann aus ihm nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Choose first whether the property was created already.</source>
        <translation>Wählen Sie zuerst, ob die Property bereits angelegt wurde.</translation>
    </message>
    <message>
        <source>The server did not accept the property: %1 Everything you typed is kept.</source>
        <translation>Der Server hat die Property nicht angenommen: %1 Alle Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>PropertyListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Main domain</source>
        <translation>Hauptdomain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Property SID</source>
        <translation>Property-SID</translation>
    </message>
    <message>
        <source>SMS enabled</source>
        <translation>SMS aktiviert</translation>
    </message>
    <message>
        <source>Call recording enabled</source>
        <translation>Anrufaufzeichnung aktiviert</translation>
    </message>
    <message>
        <source>Integrations enabled</source>
        <translation>Integrationen aktiviert</translation>
    </message>
</context>
<context>
    <name>PurchaseCartModel</name>
    <message>
        <source>To buy</source>
        <translation>Zu kaufen</translation>
    </message>
    <message>
        <source>Bought: %1</source>
        <translation>Gekauft: %1</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Already on the account</source>
        <translation>Bereits im Konto</translation>
    </message>
    <message>
        <source>Any number in %1</source>
        <translation>Beliebige Rufnummer in %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PurchaseDraft</name>
    <message>
        <source>The cart is empty: add a number first.</source>
        <translation>Der Warenkorb ist leer: Fügen Sie zuerst eine Rufnummer hinzu.</translation>
    </message>
    <message>
        <source>This purchase was confirmed more than a day ago, so nothing was bought. Check the numbers and confirm it again.</source>
        <translation>Dieser Kauf wurde vor mehr als einem Tag bestätigt, daher wurde nichts gekauft. Prüfen Sie die Rufnummern und bestätigen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The purchase has not been confirmed for every number in the cart. Confirm it to buy.</source>
        <translation>Der Kauf wurde nicht für jede Rufnummer im Warenkorb bestätigt. Bestätigen Sie ihn, um zu kaufen.</translation>
    </message>
    <message>
        <source>Buy a number in %1</source>
        <translation>Eine Rufnummer in %1 kaufen</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 kaufen</translation>
    </message>
    <message>
        <source>Buy numbers</source>
        <translation>Rufnummern kaufen</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n numbers</source>
        <translation>
            <numerusform>%n Rufnummer kaufen</numerusform>
            <numerusform>%n Rufnummern kaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no numbers left in that area code.</source>
        <translation>In dieser Vorwahl sind keine Rufnummern mehr verfügbar.</translation>
    </message>
    <message>
        <source>Search nearby: the same region, or a neighbouring area code.</source>
        <translation>Suchen Sie in der Nähe: dieselbe Region oder eine benachbarte Vorwahl.</translation>
    </message>
    <message>
        <source>This number is no longer available: it was bought after your search, or the account owns it already.</source>
        <translation>Diese Rufnummer ist nicht mehr verfügbar: Sie wurde nach Ihrer Suche gekauft, oder das Konto besitzt sie bereits.</translation>
    </message>
    <message>
        <source>Remove it, or replace it with another number from the same search.</source>
        <translation>Entfernen Sie sie oder ersetzen Sie sie durch eine andere Rufnummer aus derselben Suche.</translation>
    </message>
    <message>
        <source>The server says this is not a valid phone number.</source>
        <translation>Laut Server ist dies keine gültige Rufnummer.</translation>
    </message>
    <message>
        <source>Remove it and pick a number from a search.</source>
        <translation>Entfernen Sie sie und wählen Sie eine Rufnummer aus einer Suche.</translation>
    </message>
    <message>
        <source>This number can only be bought with an address on file: local regulations require one.</source>
        <translation>Diese Rufnummer kann nur mit einer hinterlegten Adresse gekauft werden: Lokale Vorschriften verlangen eine.</translation>
    </message>
    <message>
        <source>Enter the SID of an address of the account under Regulatory and address, then buy again.</source>
        <translation>Geben Sie unter Regulierung und Adresse die SID einer Adresse des Kontos ein und kaufen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This number needs regulatory information (an identity or a bundle) before it can be bought.</source>
        <translation>Diese Rufnummer benötigt regulatorische Angaben (eine Identität oder ein Bundle), bevor sie gekauft werden kann.</translation>
    </message>
    <message>
        <source>Add the identity or bundle SID under Regulatory and address, then buy again.</source>
        <translation>Fügen Sie die Identitäts- oder Bundle-SID unter Regulierung und Adresse hinzu und kaufen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server does not accept this area code.</source>
        <translation>Der Server akzeptiert diese Vorwahl nicht.</translation>
    </message>
    <message>
        <source>Use a three-digit US or Canadian area code.</source>
        <translation>Verwenden Sie eine dreistellige Vorwahl aus den USA oder Kanada.</translation>
    </message>
    <message>
        <source>The server asked Switchboard to slow down.</source>
        <translation>Der Server hat Switchboard gebeten, das Tempo zu drosseln.</translation>
    </message>
    <message>
        <source>Switchboard tries again by itself in a moment.</source>
        <translation>Switchboard versucht es gleich selbst erneut.</translation>
    </message>
    <message>
        <source>The account&apos;s credentials were refused.</source>
        <translation>Die Zugangsdaten des Kontos wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Check the account&apos;s settings.</source>
        <translation>Prüfen Sie die Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>The server does not know this account or number.</source>
        <translation>Der Server kennt dieses Konto oder diese Rufnummer nicht.</translation>
    </message>
    <message>
        <source>The server refused to buy this number.</source>
        <translation>Der Server hat den Kauf dieser Rufnummer abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing is left to buy in this cart.</source>
        <translation>In diesem Warenkorb ist nichts mehr zu kaufen.</translation>
    </message>
    <message>
        <source>Nothing was bought: %1 is no longer available. Check the cart and confirm the purchase again.</source>
        <translation>Nichts wurde gekauft: %1 ist nicht mehr verfügbar. Prüfen Sie den Warenkorb und bestätigen Sie den Kauf erneut.</translation>
    </message>
    <message>
        <source>%1 · %2 · bought %3</source>
        <translation>%1 · %2 · %3 gekauft</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) bought.</source>
        <translation>
            <numerusform>%1 von %n Rufnummer gekauft.</numerusform>
            <numerusform>%1 von %n Rufnummern gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be bought: see the cart for why and what to do.</source>
        <translation>
            <numerusform>%n konnte nicht gekauft werden: Im Warenkorb sehen Sie, warum und was zu tun ist.</numerusform>
            <numerusform>%n konnten nicht gekauft werden: Im Warenkorb sehen Sie, warum und was zu tun ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseForm</name>
    <message>
        <source>%v of %m bought</source>
        <translation>%v von %m gekauft</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Kaufen…</translation>
    </message>
    <message>
        <source>Search available numbers</source>
        <translation>Verfügbare Rufnummern suchen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <source>e.g. 415</source>
        <translation>z. B. 415</translation>
    </message>
    <message>
        <source>A three-digit US or Canadian area code</source>
        <translation>Eine dreistellige Vorwahl aus den USA oder Kanada</translation>
    </message>
    <message>
        <source>digits, letters or *, e.g. 555 or STORM</source>
        <translation>Ziffern, Buchstaben oder *, z. B. 555 oder STORM</translation>
    </message>
    <message>
        <source>A pattern the number contains; letters stand for their keypad digits, * for any one digit.</source>
        <translation>Ein Muster, das die Rufnummer enthält; Buchstaben stehen für ihre Tastenziffern, * für eine beliebige Ziffer.</translation>
    </message>
    <message>
        <source>e.g. CA</source>
        <translation>z. B. CA</translation>
    </message>
    <message>
        <source>Two-letter state or province</source>
        <translation>Bundesstaat oder Provinz mit zwei Buchstaben</translation>
    </message>
    <message>
        <source>e.g. 94105</source>
        <translation>z. B. 94105</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;MMS</source>
        <translation>&amp;MMS</translation>
    </message>
    <message>
        <source>Only numbers that need no &amp;address</source>
        <translation>Nur Rufnummern, die keine &amp;Adresse benötigen</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Any number in this area code</source>
        <translation>Beliebige Rufnummer in dieser Vorwahl</translation>
    </message>
    <message>
        <source>Let the provider pick a number in the area code when the purchase is made</source>
        <translation>Den Anbieter beim Kauf eine Rufnummer in der Vorwahl auswählen lassen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Area &amp;code:</source>
        <translation>&amp;Vorwahl:</translation>
    </message>
    <message>
        <source>C&amp;ontains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Must have:</source>
        <translation>Muss unterstützen:</translation>
    </message>
    <message>
        <source>Search to see the numbers on offer; the provider shows at most 30 a search.</source>
        <translation>Suchen Sie, um die angebotenen Rufnummern zu sehen; der Anbieter zeigt höchstens 30 je Suche.</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Verfügbare Rufnummern</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Erset&amp;zen</translation>
    </message>
    <message>
        <source>Replace a number that was taken with another from the same search</source>
        <translation>Eine vergebene Rufnummer durch eine andere aus derselben Suche ersetzen</translation>
    </message>
    <message>
        <source>Search &amp;nearby</source>
        <translation>In der &amp;Nähe suchen</translation>
    </message>
    <message>
        <source>Search for numbers near an area code that has none left</source>
        <translation>Rufnummern in der Nähe einer Vorwahl suchen, in der keine mehr frei sind</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) near area code %1.</source>
        <translation>
            <numerusform>%n Rufnummer in der Nähe der Vorwahl %1.</numerusform>
            <numerusform>%n Rufnummern in der Nähe der Vorwahl %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration of the new numbers</source>
        <translation>Konfiguration der neuen Rufnummern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cart is empty: search, then add numbers to it.</source>
        <translation>Der Warenkorb ist leer: Suchen Sie und legen Sie dann Rufnummern hinein.</translation>
    </message>
    <message>
        <source>Every number in the cart is bought.</source>
        <translation>Jede Rufnummer im Warenkorb ist gekauft.</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Wird gekauft…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Buy %n number(s)…</source>
        <translation>
            <numerusform>%n Rufnummer &amp;kaufen…</numerusform>
            <numerusform>%n Rufnummern &amp;kaufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Review and confirm the purchase (%1)</source>
        <translation>Den Kauf prüfen und bestätigen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the cart</source>
        <translation>
            <numerusform>%n Rufnummer im Warenkorb</numerusform>
            <numerusform>%n Rufnummern im Warenkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bought</source>
        <translation>
            <numerusform>%n gekauft</numerusform>
            <numerusform>%n gekauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the account</source>
        <translation>
            <numerusform>%n bereits im Konto</numerusform>
            <numerusform>%n bereits im Konto</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy numbers on %1</source>
        <translation>Rufnummern bei %1 kaufen</translation>
    </message>
    <message>
        <source>Buy numbers on %1 (%2)</source>
        <translation>Rufnummern bei %1 kaufen (%2)</translation>
    </message>
    <message>
        <source>Buy numbers</source>
        <translation>Rufnummern kaufen</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Suche: %1…</translation>
    </message>
    <message>
        <source>The search could not reach the server: %1 The cart is kept; numbers already in it can be bought when the server is back.</source>
        <translation>Die Suche konnte den Server nicht erreichen: %1 Der Warenkorb bleibt erhalten; Rufnummern darin können gekauft werden, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>No numbers are left in area code %1. Try a neighbouring area code, or the same region.</source>
        <translation>In der Vorwahl %1 sind keine Rufnummern mehr frei. Versuchen Sie eine benachbarte Vorwahl oder dieselbe Region.</translation>
    </message>
    <message>
        <source>The search was refused: %1</source>
        <translation>Die Suche wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>No numbers match: %1. Loosen the search, or try another area code.</source>
        <translation>Keine Rufnummern passen: %1. Lockern Sie die Suche oder versuchen Sie eine andere Vorwahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found: %1. The provider shows at most 30 a search; search again for more.</source>
        <translation>
            <numerusform>%n Rufnummer gefunden: %1. Der Anbieter zeigt höchstens 30 je Suche; suchen Sie erneut, um mehr zu sehen.</numerusform>
            <numerusform>%n Rufnummern gefunden: %1. Der Anbieter zeigt höchstens 30 je Suche; suchen Sie erneut, um mehr zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replaces %2.</source>
        <translation>%1 ersetzt %2.</translation>
    </message>
    <message>
        <source>The search that found %1 has no other number now; search again with other criteria.</source>
        <translation>Die Suche, die %1 gefunden hat, hat jetzt keine andere Rufnummer mehr; suchen Sie erneut mit anderen Kriterien.</translation>
    </message>
    <message>
        <source>any number in area code %1</source>
        <translation>beliebige Rufnummer in der Vorwahl %1</translation>
    </message>
    <message>
        <source>These numbers will be bought on the account “%1”:</source>
        <translation>Diese Rufnummern werden im Konto „%1“ gekauft:</translation>
    </message>
    <message>
        <source>This is a live account: each number is a real purchase and is charged to it.</source>
        <translation>Dies ist ein Live-Konto: Jede Rufnummer ist ein echter Kauf und wird ihm in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>This is the sandbox: nothing is charged.</source>
        <translation>Dies ist die Sandbox: Es wird nichts berechnet.</translation>
    </message>
    <message>
        <source>If the network is down, they are bought when it is back, unless that takes more than a day.</source>
        <translation>Ist das Netzwerk nicht verfügbar, werden sie gekauft, sobald es wieder da ist, außer das dauert länger als einen Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n number(s)?</source>
        <translation>
            <numerusform>%n Rufnummer kaufen?</numerusform>
            <numerusform>%n Rufnummern kaufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Buy %n number(s)</source>
        <translation>
            <numerusform>%n Rufnummer &amp;kaufen</numerusform>
            <numerusform>%n Rufnummern &amp;kaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) bought.</source>
        <translation>
            <numerusform>%n Rufnummer gekauft.</numerusform>
            <numerusform>%n Rufnummern gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were on the account already and were not bought again.</source>
        <translation>
            <numerusform>%n Rufnummer war bereits im Konto und wurde nicht erneut gekauft.</numerusform>
            <numerusform>%n Rufnummern waren bereits im Konto und wurden nicht erneut gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buying: %1 of %n number(s) done…</source>
        <translation>
            <numerusform>Kauf: %1 von %n Rufnummer erledigt…</numerusform>
            <numerusform>Kauf: %1 von %n Rufnummern erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
</context>
<context>
    <name>RetiredProfile</name>
    <message>
        <source>Its account “%1” was removed. Move it to another %2 account, or export it.</source>
        <translation>Sein Konto „%1“ wurde entfernt. Verschieben Sie ihn in ein anderes %2-Konto oder exportieren Sie ihn.</translation>
    </message>
    <message>
        <source>The account “%1” now signs in to another account or server than when this was written. Move it to the account you mean (the same one if that is right), or export it.</source>
        <translation>Das Konto „%1“ meldet sich jetzt bei einem anderen Konto oder Server an als zu dem Zeitpunkt, als dieser Entwurf geschrieben wurde. Verschieben Sie ihn in das gemeinte Konto (dasselbe, wenn das stimmt) oder exportieren Sie ihn.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>There is no section to show.</source>
        <translation>Es gibt keinen Bereich zum Anzeigen.</translation>
    </message>
    <message>
        <source>The section failed to load.</source>
        <translation>Der Bereich konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The section failed to load: %1</source>
        <translation>Der Bereich konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The window was closed before the screenshot.</source>
        <translation>Das Fenster wurde vor dem Bildschirmfoto geschlossen.</translation>
    </message>
    <message>
        <source>Could not capture the window.</source>
        <translation>Das Fenster konnte nicht aufgenommen werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 geschrieben (%2 × %3 Pixel).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to show after %n second(s): the section did not finish loading.</source>
        <translation>
            <numerusform>Nach %n Sekunde nichts anzuzeigen: Der Bereich wurde nicht fertig geladen.</numerusform>
            <numerusform>Nach %n Sekunden nichts anzuzeigen: Der Bereich wurde nicht fertig geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is running: the secret is kept for this session only and asked for again at the next start.</source>
        <translation>Es läuft kein System-Schlüsselbund: Das Geheimnis wird nur für diese Sitzung aufbewahrt und beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Schlüsselbund antwortete nicht innerhalb von %n Sekunde</numerusform>
            <numerusform>der Schlüsselbund antwortete nicht innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Broadcast projects</source>
        <translation>Broadcast-Projekte</translation>
    </message>
    <message>
        <source>Numbers (Twilio)</source>
        <translation>Rufnummern (Twilio)</translation>
    </message>
    <message>
        <source>Numbers (SignalWire)</source>
        <translation>Rufnummern (SignalWire)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Properties hold the account&apos;s numbers and settings.</source>
        <translation>Properties enthalten die Rufnummern und Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>Bulk SMS and MMS projects that send from a pool of numbers.</source>
        <translation>Massen-SMS- und -MMS-Projekte, die von einem Pool von Rufnummern senden.</translation>
    </message>
    <message>
        <source>Phone numbers bought and configured on Twilio.</source>
        <translation>Bei Twilio gekaufte und eingerichtete Rufnummern.</translation>
    </message>
    <message>
        <source>Phone numbers bought and configured on SignalWire.</source>
        <translation>Bei SignalWire gekaufte und eingerichtete Rufnummern.</translation>
    </message>
    <message>
        <source>Forms saved as you type, sent through the outbox when online.</source>
        <translation>Formulare, die beim Tippen gespeichert und online über den Postausgang gesendet werden.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept: the drafts database could not be opened. Forms still work, but what you type is not saved.</source>
        <translation>Entwürfe können nicht aufbewahrt werden: Die Entwurfsdatenbank ließ sich nicht öffnen. Formulare funktionieren weiterhin, aber Ihre Eingaben werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>Alle Rufnummern</translation>
    </message>
    <message>
        <source>Every number of every Twilio and SignalWire account, in one table.</source>
        <translation>Alle Rufnummern aller Twilio- und SignalWire-Konten in einer Tabelle.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SidLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>Die Kennung kopieren</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Switchboard is already running; showed its window.</source>
        <translation>Switchboard läuft bereits; sein Fenster wurde angezeigt.</translation>
    </message>
    <message>
        <source>The Switchboard that was running has quit; starting a new one.</source>
        <translation>Das laufende Switchboard wurde beendet; ein neues wird gestartet.</translation>
    </message>
    <message>
        <source>Another Switchboard is using %1 but does not answer; this one opens read-only.</source>
        <translation>Ein anderes Switchboard verwendet %1, antwortet aber nicht; dieses öffnet schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>StorageFailure</name>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>der Datenträger mit %1 ist voll</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
        <source>Switchboard is not allowed to write in %1 (permission denied)</source>
        <translation>Switchboard darf nicht in %1 schreiben (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>the drafts in %1 are in use by another Switchboard</source>
        <translation>die Entwürfe in %1 werden von einem anderen Switchboard verwendet</translation>
    </message>
    <message>
        <source>another program is holding the drafts database in %1</source>
        <translation>ein anderes Programm blockiert die Entwurfsdatenbank in %1</translation>
    </message>
</context>
<context>
    <name>TableBehaviour</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text, one line each</source>
        <translation>Die ausgewählten Zeilen als Text kopieren, eine Zeile pro Eintrag</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>TimeZonePicker</name>
    <message>
        <source>Type an ID, a city or an offset, e.g. Sydney or +10:00</source>
        <translation>ID, Stadt oder Versatz eingeben, z. B. Sydney oder +10:00</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a time zone ID: choose one of the %n matching time zones from the list.</source>
        <translation>
            <numerusform>„%1“ ist keine Zeitzonen-ID: Wählen Sie die passende Zeitzone aus der Liste.</numerusform>
            <numerusform>„%1“ ist keine Zeitzonen-ID: Wählen Sie eine der %n passenden Zeitzonen aus der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Windows time zone matches “%1”. Try a city such as Sydney, or an offset such as +10:00.</source>
        <translation>Keine Windows-Zeitzone passt zu „%1“. Versuchen Sie eine Stadt wie Sydney oder einen Versatz wie +10:00.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Main domain is required.</source>
        <translation>Die Hauptdomain ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter a host name only, without a scheme such as “https://”.</source>
        <translation>Geben Sie nur einen Hostnamen ein, ohne Schema wie „https://“.</translation>
    </message>
    <message>
        <source>Enter a host name only, without a path.</source>
        <translation>Geben Sie nur einen Hostnamen ein, ohne Pfad.</translation>
    </message>
    <message>
        <source>Enter a host name only, without a port.</source>
        <translation>Geben Sie nur einen Hostnamen ein, ohne Port.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in a host name.</source>
        <translation>„%1“ ist in einem Hostnamen nicht erlaubt.</translation>
    </message>
    <message>
        <source>A host name is at most 253 characters long.</source>
        <translation>Ein Hostname ist höchstens 253 Zeichen lang.</translation>
    </message>
    <message>
        <source>A host name cannot start with a dot.</source>
        <translation>Ein Hostname darf nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>A host name cannot contain an empty label (“..”).</source>
        <translation>Ein Hostname darf keinen leeren Teil („..“) enthalten.</translation>
    </message>
    <message>
        <source>Each part of a host name is at most 63 characters long.</source>
        <translation>Jeder Teil eines Hostnamens ist höchstens 63 Zeichen lang.</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with a hyphen.</source>
        <translation>Ein Teil eines Hostnamens darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>Enter a full domain, such as “example.com”.</source>
        <translation>Geben Sie eine vollständige Domain ein, etwa „example.com“.</translation>
    </message>
    <message>
        <source>The last part of a domain cannot contain digits.</source>
        <translation>Der letzte Teil einer Domain darf keine Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Time zone is required.</source>
        <translation>Die Zeitzone ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not a Windows time zone ID.</source>
        <translation>„%1“ ist keine Windows-Zeitzonen-ID.</translation>
    </message>
    <message>
        <source>%1 must be a string id.</source>
        <translation>%1 muss eine ID als Text sein.</translation>
    </message>
    <message>
        <source>name must be a string.</source>
        <translation>name muss Text sein.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A project name is at most %1 characters long; this one has %2.</source>
        <translation>Ein Projektname ist höchstens %1 Zeichen lang; dieser hat %2.</translation>
    </message>
    <message>
        <source>The only project type is “broadcast”.</source>
        <translation>Der einzige Projekttyp ist „broadcast“.</translation>
    </message>
    <message>
        <source>The message type is “sms” or “mms”.</source>
        <translation>Der Nachrichtentyp ist „sms“ oder „mms“.</translation>
    </message>
    <message>
        <source>The channel is “10dlc” or “toll-free”.</source>
        <translation>Der Kanal ist „10dlc“ oder „toll-free“.</translation>
    </message>
    <message>
        <source>Choose at least one sending number.</source>
        <translation>Wählen Sie mindestens eine Rufnummer zum Senden.</translation>
    </message>
    <message>
        <source>phone_number_ids must be a list of number ids.</source>
        <translation>phone_number_ids muss eine Liste von Rufnummern-IDs sein.</translation>
    </message>
    <message>
        <source>Send phone_number_ids or the deprecated phone_number_id, not both.</source>
        <translation>Senden Sie phone_number_ids oder das veraltete phone_number_id, nicht beides.</translation>
    </message>
    <message>
        <source>phone_number_id must be a string id.</source>
        <translation>phone_number_id muss eine ID als Text sein.</translation>
    </message>
    <message>
        <source>Item %1 of the numbers is not a number id.</source>
        <translation>Element %1 der Rufnummern ist keine Rufnummern-ID.</translation>
    </message>
    <message>
        <source>%1 is chosen more than once.</source>
        <translation>%1 ist mehr als einmal ausgewählt.</translation>
    </message>
    <message>
        <source>A project sends from at most %1 numbers; %2 are chosen.</source>
        <translation>Ein Projekt sendet von höchstens %1 Rufnummern; %2 sind ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not a number of this organisation.</source>
        <translation>%1 ist keine Rufnummer dieser Organisation.</translation>
    </message>
    <message>
        <source>%1 is a toll-free number; a 10DLC project sends from local numbers.</source>
        <translation>%1 ist eine gebührenfreie Rufnummer; ein 10DLC-Projekt sendet von lokalen Rufnummern.</translation>
    </message>
    <message>
        <source>%1 is a local number; a toll-free project sends from toll-free numbers.</source>
        <translation>%1 ist eine lokale Rufnummer; ein gebührenfreies Projekt sendet von gebührenfreien Rufnummern.</translation>
    </message>
    <message>
        <source>%1 belongs to another toll-free verification.</source>
        <translation>%1 gehört zu einer anderen Toll-free-Verifizierung.</translation>
    </message>
    <message>
        <source>Choose a brand: a 10DLC project sends through a brand and one of its campaigns.</source>
        <translation>Wählen Sie eine Marke: Ein 10DLC-Projekt sendet über eine Marke und eine ihrer Kampagnen.</translation>
    </message>
    <message>
        <source>Choose a campaign: a 10DLC project sends through a brand and one of its campaigns.</source>
        <translation>Wählen Sie eine Kampagne: Ein 10DLC-Projekt sendet über eine Marke und eine ihrer Kampagnen.</translation>
    </message>
    <message>
        <source>Choose a toll-free verification: a toll-free project sends from the numbers it verified.</source>
        <translation>Wählen Sie eine Toll-free-Verifizierung: Ein gebührenfreies Projekt sendet von den Rufnummern, die sie verifiziert hat.</translation>
    </message>
    <message>
        <source>Leave out %1: a toll-free project has no brand or campaign.</source>
        <translation>Lassen Sie %1 weg: Ein gebührenfreies Projekt hat keine Marke und keine Kampagne.</translation>
    </message>
    <message>
        <source>Leave out %1: a 10DLC project has no toll-free verification.</source>
        <translation>Lassen Sie %1 weg: Ein 10DLC-Projekt hat keine Toll-free-Verifizierung.</translation>
    </message>
    <message>
        <source>There is no brand %1.</source>
        <translation>Es gibt keine Marke %1.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Es gibt keine Kampagne %1.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another brand.</source>
        <translation>Die Kampagne %1 gehört zu einer anderen Marke.</translation>
    </message>
    <message>
        <source>There is no toll-free verification %1.</source>
        <translation>Es gibt keine Toll-free-Verifizierung %1.</translation>
    </message>
    <message>
        <source>link_tracking_enabled must be true or false.</source>
        <translation>link_tracking_enabled muss true oder false sein.</translation>
    </message>
    <message>
        <source>Link tracking needs the destination URL.</source>
        <translation>Link-Tracking braucht die Ziel-URL.</translation>
    </message>
    <message>
        <source>link_tracking_destination_url must be a string.</source>
        <translation>link_tracking_destination_url muss Text sein.</translation>
    </message>
    <message>
        <source>Link tracking needs a tracking domain.</source>
        <translation>Link-Tracking braucht eine Tracking-Domain.</translation>
    </message>
    <message>
        <source>There is no link tracking domain %1.</source>
        <translation>Es gibt keine Link-Tracking-Domain %1.</translation>
    </message>
    <message>
        <source>There is no contact field %1: use “phone”, a contact field or none.</source>
        <translation>Es gibt kein Kontaktfeld %1: Verwenden Sie „phone“, ein Kontaktfeld oder keines.</translation>
    </message>
    <message>
        <source>Enter the destination URL, such as https://example.com/offer.</source>
        <translation>Geben Sie die Ziel-URL ein, etwa https://example.com/offer.</translation>
    </message>
    <message>
        <source>The destination URL is at most %1 characters long.</source>
        <translation>Die Ziel-URL ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>The destination URL</source>
        <translation>Die Ziel-URL</translation>
    </message>
    <message>
        <source>Enter the number in E.164 form, such as +14155550100.</source>
        <translation>Geben Sie die Rufnummer im E.164-Format ein, etwa +14155550100.</translation>
    </message>
    <message>
        <source>Start with + and the country code, such as +14155550100.</source>
        <translation>Beginnen Sie mit + und der Ländervorwahl, etwa +14155550100.</translation>
    </message>
    <message>
        <source>Use digits only after the +, without spaces, dashes or brackets.</source>
        <translation>Verwenden Sie nach dem + nur Ziffern, ohne Leerzeichen, Bindestriche oder Klammern.</translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation>Eine Ländervorwahl beginnt nie mit 0.</translation>
    </message>
    <message>
        <source>A +1 number has 10 digits after the +1.</source>
        <translation>Eine +1-Rufnummer hat 10 Ziffern nach der +1.</translation>
    </message>
    <message>
        <source>An E.164 number has at most 15 digits.</source>
        <translation>Eine E.164-Rufnummer hat höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Die Rufnummer ist zu kurz.</translation>
    </message>
    <message>
        <source>A North American area code does not start with 0 or 1.</source>
        <translation>Eine nordamerikanische Vorwahl beginnt nicht mit 0 oder 1.</translation>
    </message>
    <message>
        <source>An area code has digits only.</source>
        <translation>Eine Vorwahl besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>An area code has three digits.</source>
        <translation>Eine Vorwahl hat drei Ziffern.</translation>
    </message>
    <message>
        <source>Enter a three-digit area code, such as 415.</source>
        <translation>Geben Sie eine dreistellige Vorwahl ein, etwa 415.</translation>
    </message>
    <message>
        <source>Expected %1 followed by 32 hexadecimal digits.</source>
        <translation>Erwartet: %1 gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Expected an identifier such as 4c1e2f6a-8d3b-4f5e-9a7c-2b1d0e6f3a88.</source>
        <translation>Erwartet: eine Kennung wie 4c1e2f6a-8d3b-4f5e-9a7c-2b1d0e6f3a88.</translation>
    </message>
    <message>
        <source>Enter a full URL, such as https://example.com/voice.</source>
        <translation>Geben Sie eine vollständige URL ein, etwa https://example.com/voice.</translation>
    </message>
    <message>
        <source>Start the URL with https:// (or http://).</source>
        <translation>Beginnen Sie die URL mit https:// (oder http://).</translation>
    </message>
    <message>
        <source>A URL is at most %1 characters long.</source>
        <translation>Eine URL ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces or control characters.</source>
        <translation>Eine URL darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the host name after //.</source>
        <translation>Geben Sie den Hostnamen nach // ein.</translation>
    </message>
    <message>
        <source>The URL has no valid host name.</source>
        <translation>Die URL hat keinen gültigen Hostnamen.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Dies ist keine gültige URL.</translation>
    </message>
    <message>
        <source>A friendly name is at most %1 characters long; this one has %2.</source>
        <translation>Ein Anzeigename ist höchstens %1 Zeichen lang; dieser hat %2.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie eines von: %1.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>A PhoneNumber or an AreaCode is required.</source>
        <translation>Eine PhoneNumber oder ein AreaCode ist erforderlich.</translation>
    </message>
    <message>
        <source>Set a voice application or a trunk, not both: setting one clears the other.</source>
        <translation>Setzen Sie eine Sprachanwendung oder einen Trunk, nicht beides: Das Setzen des einen löscht das andere.</translation>
    </message>
    <message>
        <source>Main domain</source>
        <translation>Hauptdomain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Remove the spaces: %1</source>
        <translation>Entfernen Sie die Leerzeichen: %1</translation>
    </message>
    <message>
        <source>Too short: %1</source>
        <translation>Zu kurz: %1</translation>
    </message>
    <message>
        <source>Too long: %1</source>
        <translation>Zu lang: %1</translation>
    </message>
    <message>
        <source>Give the account a name, e.g. “Acme production”.</source>
        <translation>Geben Sie dem Konto einen Namen, z. B. „Acme Produktion“.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters long.</source>
        <translation>Ein Name ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>Ein Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Another account is already called “%1”.</source>
        <translation>Ein anderes Konto heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The account SID is required.</source>
        <translation>Die Konto-SID ist erforderlich.</translation>
    </message>
    <message>
        <source>an account SID is “AC” followed by 32 hexadecimal digits.</source>
        <translation>eine Konto-SID ist „AC“ gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The API key SID is required.</source>
        <translation>Die API-Schlüssel-SID ist erforderlich.</translation>
    </message>
    <message>
        <source>an API key SID is “SK” followed by 32 hexadecimal digits.</source>
        <translation>eine API-Schlüssel-SID ist „SK“ gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The auth token is required.</source>
        <translation>Das Auth-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>an auth token is 32 hexadecimal digits.</source>
        <translation>ein Auth-Token besteht aus 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The API key secret is required.</source>
        <translation>Das API-Schlüssel-Secret ist erforderlich.</translation>
    </message>
    <message>
        <source>an API key secret is 32 letters and digits.</source>
        <translation>ein API-Schlüssel-Secret besteht aus 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A region is two letters and a digit, e.g. “ie1”.</source>
        <translation>Eine Region besteht aus zwei Buchstaben und einer Ziffer, z. B. „ie1“.</translation>
    </message>
    <message>
        <source>An edge is a lower-case name such as “sydney” or “sao-paulo”.</source>
        <translation>Eine Edge ist ein kleingeschriebener Name wie „sydney“ oder „sao-paulo“.</translation>
    </message>
    <message>
        <source>The space is required: the name before “.signalwire.com”.</source>
        <translation>Der Space ist erforderlich: der Name vor „.signalwire.com“.</translation>
    </message>
    <message>
        <source>Enter the space’s name (“example”) or its address (“example.signalwire.com”).</source>
        <translation>Geben Sie den Namen des Space („example“) oder seine Adresse („example.signalwire.com“) ein.</translation>
    </message>
    <message>
        <source>The project ID is required.</source>
        <translation>Die Projekt-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>a project ID looks like “a1b2c3d4-0000-4000-8000-1234567890ab”.</source>
        <translation>eine Projekt-ID sieht aus wie „a1b2c3d4-0000-4000-8000-1234567890ab“.</translation>
    </message>
    <message>
        <source>an account SID is 32 upper-case letters and digits.</source>
        <translation>eine Konto-SID besteht aus 32 Großbuchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Contains a space or a line break; copy it again without them.</source>
        <translation>Enthält ein Leerzeichen oder einen Zeilenumbruch; kopieren Sie den Wert erneut ohne diese.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The server address is required, e.g. “https://api.example.com”.</source>
        <translation>Die Serveradresse ist erforderlich, z. B. „https://api.example.com“.</translation>
    </message>
    <message>
        <source>Enter the whole address, e.g. “https://api.example.com”.</source>
        <translation>Geben Sie die vollständige Adresse ein, z. B. „https://api.example.com“.</translation>
    </message>
    <message>
        <source>Start the address with “https://”.</source>
        <translation>Beginnen Sie die Adresse mit „https://“.</translation>
    </message>
    <message>
        <source>Enter the server’s host name after “//”.</source>
        <translation>Geben Sie den Hostnamen des Servers nach „//“ ein.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Dies ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Use an https address (not “%1”).</source>
        <translation>Verwenden Sie eine https-Adresse (nicht „%1“).</translation>
    </message>
    <message>
        <source>Leave credentials out of the address; they have their own fields.</source>
        <translation>Lassen Sie Zugangsdaten aus der Adresse weg; dafür gibt es eigene Felder.</translation>
    </message>
    <message>
        <source>Enter the server only (scheme, host and port), without a path.</source>
        <translation>Geben Sie nur den Server an (Schema, Host und Port), ohne Pfad.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (localhost); use https.</source>
        <translation>Unverschlüsseltes http ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https.</translation>
    </message>
    <message>
        <source>%1 is not valid Unicode: it holds a lone surrogate (%2).</source>
        <translation>%1 ist kein gültiges Unicode: Es enthält ein einzelnes Surrogat (%2).</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2).</source>
        <translation>%1 enthält ein Steuerzeichen (%2).</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (%2), which can make text display in another order than it is written.</source>
        <translation>%1 enthält ein bidirektionales Steuerzeichen (%2), durch das Text in einer anderen Reihenfolge angezeigt werden kann, als er geschrieben ist.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8.</source>
        <translation>%1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>A host name does not end with a dot: remove the last dot, or type the rest.</source>
        <translation>Ein Hostname endet nicht mit einem Punkt: Entfernen Sie den letzten Punkt oder geben Sie den Rest ein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “switchboard --help”.</source>
        <translation>Versuchen Sie „switchboard --help“.</translation>
    </message>
</context>
</TS>
