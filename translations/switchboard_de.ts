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
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (Beispieldaten)</translation>
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
        <source>Drafts cannot be kept: %1</source>
        <translation>Entwürfe können nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The drafts database was damaged and a new one was started; the old one is kept as %1.</source>
        <translation>Die Entwurfsdatenbank war beschädigt, eine neue wurde angelegt; die alte ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>another Switchboard is using the data folder %1 and does not answer, so nothing typed here would be kept. Close it, then start Switchboard again.</source>
        <translation>ein anderes Switchboard verwendet den Datenordner %1 und antwortet nicht; was Sie hier eingeben, würde nicht aufbewahrt. Schließen Sie es und starten Sie Switchboard dann erneut.</translation>
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
        <source>Open the window, wait until the selected section has loaded, save a PNG of the window to &lt;file&gt; and exit.</source>
        <translation>Das Fenster öffnen, warten, bis der gewählte Bereich geladen ist, ein PNG des Fensters in &lt;Datei&gt; speichern und beenden.</translation>
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
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Der Entwurfsordner %1 kann nicht angelegt werden.</translation>
    </message>
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
        <source>Cannot save the draft: %1</source>
        <translation>Der Entwurf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Der Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot delete the draft: %1</source>
        <translation>Der Entwurf kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot restore the draft: %1</source>
        <translation>Der Entwurf kann nicht wiederhergestellt werden: %1</translation>
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
        <source>Cannot keep reference data: %1</source>
        <translation>Referenzdaten können nicht gespeichert werden: %1</translation>
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
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig</translation>
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
        <source>Export Drafts</source>
        <translation>Entwürfe exportieren</translation>
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
        <source>Import Drafts</source>
        <translation>Entwürfe importieren</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
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
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
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
        <source>Ne&amp;xt Tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
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
    <name>ScreenshotTaker</name>
    <message>
        <source>Nothing to show after %1 seconds: the section did not finish loading.</source>
        <translation>Nach %1 Sekunden nichts zu zeigen: Der Bereich wurde nicht fertig geladen.</translation>
    </message>
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
        <source>Broadcast projects arrive in a coming version of Switchboard. You will set up bulk SMS and MMS sending across many numbers here.</source>
        <translation>Broadcast-Projekte kommen in einer der nächsten Versionen von Switchboard. Hier richten Sie dann den Massenversand von SMS und MMS über viele Rufnummern ein.</translation>
    </message>
    <message>
        <source>Numbers arrive in a coming version of Switchboard. You will review, buy and configure thousands of phone numbers here.</source>
        <translation>Rufnummern kommen in einer der nächsten Versionen von Switchboard. Hier prüfen, kaufen und konfigurieren Sie dann Tausende von Rufnummern.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept: the drafts database could not be opened. Forms still work, but what you type is not saved.</source>
        <translation>Entwürfe können nicht aufbewahrt werden: Die Entwurfsdatenbank ließ sich nicht öffnen. Formulare funktionieren weiterhin, aber Ihre Eingaben werden nicht gespeichert.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “switchboard --help”.</source>
        <translation>Versuchen Sie „switchboard --help“.</translation>
    </message>
</context>
</TS>
