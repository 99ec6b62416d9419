<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountManager</name>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>The start-at-login setting could not be saved: %1</source>
        <translation>Die Einstellung „Beim Anmelden starten“ konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Link this computer</source>
        <translation>Diesen Computer verknüpfen</translation>
    </message>
    <message>
        <source>spdc sets this computer up with the services of your mobile operator. How does your operator know this device?</source>
        <translation>spdc richtet diesen Computer für die Dienste Ihres Mobilfunkanbieters ein. Woran erkennt Ihr Mobilfunkanbieter dieses Gerät?</translation>
    </message>
    <message>
        <source>This device uses my &amp;phone number</source>
        <translation>Dieses Gerät nutzt meine &amp;Telefonnummer</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code by SMS to the phone to check that it is yours.</source>
        <translation>Dieser Computer nutzt die Identität Ihres Mobiltelefons. Ihr Mobilfunkanbieter sendet per SMS einen Code an das Telefon, um zu prüfen, ob es Ihnen gehört.</translation>
    </message>
    <message>
        <source>I have a &amp;code from my provider for this device</source>
        <translation>Ich habe einen &amp;Code von meinem Anbieter für dieses Gerät</translation>
    </message>
    <message>
        <source>Your provider gave this device an identity of its own, with a code to type in here. No text message is sent.</source>
        <translation>Ihr Anbieter hat diesem Gerät eine eigene Identität gegeben, mit einem Code, den Sie hier eingeben. Es wird keine SMS gesendet.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTree</name>
    <message>
        <source>(hidden: kept secret in your keychain)</source>
        <translation>(verborgen: bleibt geheim in Ihrem Schlüsselbund)</translation>
    </message>
    <message>
        <source>The token identifies this device to your operator.</source>
        <translation>Das Token weist dieses Gerät gegenüber Ihrem Mobilfunkanbieter aus.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Your operator may show this name in its list of your devices.</source>
        <translation>Ihr Mobilfunkanbieter zeigt diesen Namen eventuell in der Liste Ihrer Geräte an.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation>Geräte&amp;typ:</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Device na&amp;me:</source>
        <translation>Geräte&amp;name:</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;Thursday, 6 March 2025, 14:05&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>moments ago</source>
        <translation>vor wenigen Augenblicken</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is an amount of time, e.g. &quot;3 days&quot;</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <extracomment>%1 is a date and time, %2 e.g. &quot;2 days ago&quot;</extracomment>
        <translation>%1 (abgelaufen %2)</translation>
    </message>
    <message>
        <source>%1 (expires %2)</source>
        <extracomment>%1 is a date and time, %2 e.g. &quot;in 20 days&quot;</extracomment>
        <translation>%1 (läuft %2 ab)</translation>
    </message>
    <message>
        <source>Not configured yet</source>
        <translation>Noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Expired: the configuration needs to be renewed</source>
        <translation>Abgelaufen: Die Konfiguration muss erneuert werden</translation>
    </message>
    <message>
        <source>Waiting for you to answer a message</source>
        <translation>Wartet auf Ihre Antwort auf eine Nachricht</translation>
    </message>
    <message>
        <source>Switched off by the operator for now</source>
        <translation>Vom Mobilfunkanbieter vorübergehend abgeschaltet</translation>
    </message>
    <message>
        <source>Switched off by the operator permanently</source>
        <translation>Vom Mobilfunkanbieter dauerhaft abgeschaltet</translation>
    </message>
    <message>
        <source>Switched off until you link it again</source>
        <translation>Abgeschaltet, bis Sie es erneut verknüpfen</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Failed: the last attempt did not succeed</source>
        <translation>Fehlgeschlagen: Der letzte Versuch war nicht erfolgreich</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Dieses Tablet</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
</context>
<context>
    <name>FrontendOptions</name>
    <message>
        <source>Use the configuration server at &lt;url&gt; instead of the operator&apos;s.</source>
        <translation>Den Konfigurationsserver unter &lt;url&gt; anstelle des Servers des Mobilfunkanbieters verwenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in &lt;pem&gt; (added to the system roots).</source>
        <translation>Zusätzlich den CA-Zertifikaten in &lt;pem&gt; vertrauen (ergänzt die Stammzertifikate des Systems).</translation>
    </message>
    <message>
        <source>Language of the interface and of the server&apos;s messages, e.g. de-DE.</source>
        <translation>Sprache der Oberfläche und der Nachrichten des Servers, z. B. de-DE.</translation>
    </message>
    <message>
        <source>Unknown language tag &quot;%1&quot;. Use a tag such as en-GB or de-DE.</source>
        <translation>Unbekanntes Sprachkürzel „%1“. Verwenden Sie ein Kürzel wie en-GB oder de-DE.</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer that is far too large to be a configuration.</source>
        <translation>Der Server hat eine Antwort gesendet, die für eine Konfiguration viel zu groß ist.</translation>
    </message>
    <message>
        <source>The configuration server %1 did not answer in time. Check your connection and try again.</source>
        <translation>Der Konfigurationsserver %1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the server&apos;s certificate is not trusted. No data was sent.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut. Es wurden keine Daten gesendet.</translation>
    </message>
    <message>
        <source>The configuration server %1 could not be found. Check the operator or server address and your connection.</source>
        <translation>Der Konfigurationsserver %1 wurde nicht gefunden. Prüfen Sie den Mobilfunkanbieter bzw. die Serveradresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Could not reach the configuration server %1. Check your connection and try again.</source>
        <translation>Der Konfigurationsserver %1 ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Enter the phone number in international format, starting with + and the country code, for example +44 7700 900123.</source>
        <translation>Geben Sie die Telefonnummer im internationalen Format ein, beginnend mit + und der Ländervorwahl, zum Beispiel +44 7700 900123.</translation>
    </message>
    <message>
        <source>Enter a SIP address such as sip:alice@example.com.</source>
        <translation>Geben Sie eine SIP-Adresse wie sip:alice@example.com ein.</translation>
    </message>
    <message>
        <source>The SIP address is too long: at most %1 characters are allowed.</source>
        <translation>Die SIP-Adresse ist zu lang: Höchstens %1 Zeichen sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code to that phone to check that it is yours.</source>
        <translation>Dieser Computer nutzt die Identität Ihres Mobiltelefons. Ihr Mobilfunkanbieter sendet einen Code an dieses Telefon, um zu prüfen, ob es Ihnen gehört.</translation>
    </message>
    <message>
        <source>Link with:</source>
        <translation>Verknüpfen mit:</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>&amp;Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;SIP address</source>
        <translation>S&amp;IP-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Code from your provider:</source>
        <translation>&amp;Code von Ihrem Anbieter:</translation>
    </message>
    <message>
        <source>Code from your provider</source>
        <translation>Code von Ihrem Anbieter</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Telefon&amp;nummer:</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, spdc needs a Secret Service such as GNOME Keyring or KWallet running in your session.</source>
        <translation>Kein Schlüsselbund verfügbar. Unter Linux benötigt spdc einen Secret Service wie GNOME Keyring oder KWallet, der in Ihrer Sitzung läuft.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain and allow spdc to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie Ihren Schlüsselbund, erlauben Sie spdc den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Make sure it is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden. Stellen Sie sicher, dass er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be locked and waiting for a password.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Möglicherweise ist er gesperrt und wartet auf ein Passwort.</translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Linking</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer. Keep your phone at hand: a code is sent to it.</source>
        <translation>spdc fragt bei Ihrem Mobilfunkanbieter die Konfiguration dieses Computers an. Halten Sie Ihr Telefon bereit: Sie erhalten darauf einen Code.</translation>
    </message>
    <message>
        <source>Linking progress</source>
        <translation>Fortschritt der Verknüpfung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Use another number</source>
        <translation>&amp;Andere Nummer verwenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Reading your account from the keychain…</source>
        <translation>Ihr Konto wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No account is linked yet</source>
        <translation>Noch kein Konto verknüpft</translation>
    </message>
    <message>
        <source>Link this computer to your mobile phone number to receive its configuration from your operator.</source>
        <translation>Verknüpfen Sie diesen Computer mit Ihrer Mobilfunknummer, um seine Konfiguration von Ihrem Mobilfunkanbieter zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Link an account…</source>
        <translation>Konto verknü&amp;pfen…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Konfigurationsversion:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Switch to another of your accounts</source>
        <translation>Zu einem anderen Ihrer Konten wechseln</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask your operator for the current configuration of this account</source>
        <translation>Die aktuelle Konfiguration dieses Kontos bei Ihrem Mobilfunkanbieter abfragen</translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove this account and everything stored for it from this computer</source>
        <translation>Dieses Konto und alles dazu Gespeicherte von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>R&amp;eset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Remove this account&apos;s configuration, keeping it as a backup</source>
        <translation>Die Konfiguration dieses Kontos entfernen und als Sicherung aufbewahren</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Aktualisierung:</translation>
    </message>
    <message>
        <source>Filter by name or value</source>
        <translation>Nach Name oder Wert filtern</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>Konfiguration filtern</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>R&amp;eset account…</source>
        <translation>Konto &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Start spdc when I &amp;log in</source>
        <translation>spdc beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Ans&amp;wer your operator&apos;s message…</source>
        <translation>&amp;Nachricht Ihres Mobilfunkanbieters beantworten…</translation>
    </message>
    <message>
        <source>Checking with your operator</source>
        <translation>Abfrage bei Ihrem Mobilfunkanbieter läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the check with your operator; nothing changes on this computer</source>
        <translation>Die Abfrage bei Ihrem Mobilfunkanbieter abbrechen; auf diesem Computer ändert sich nichts</translation>
    </message>
    <message>
        <source>Con&amp;figuration from your operator:</source>
        <translation>Konfi&amp;guration von Ihrem Mobilfunkanbieter:</translation>
    </message>
</context>
<context>
    <name>NameConflictDialog</name>
    <message>
        <source>Choose another name</source>
        <translation>Anderen Namen wählen</translation>
    </message>
    <message>
        <source>&amp;Name for this computer:</source>
        <translation>&amp;Name für diesen Computer:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Neuer Gerätename</translation>
    </message>
</context>
<context>
    <name>OperatorDatabase</name>
    <message>
        <source>The list of operators could not be read. Enter the configuration server address instead.</source>
        <translation>Die Liste der Mobilfunkanbieter konnte nicht gelesen werden. Geben Sie stattdessen die Adresse des Konfigurationsservers ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a country&apos;s name in its own language, %2 the same country in English</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OtpDialog</name>
    <message>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>Asking for a new code</source>
        <translation>Neuer Code wird angefordert</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>Nummer än&amp;dern</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>C&amp;ode:</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter the number with its country code, starting with +, or choose your operator so the country is known.</source>
        <translation>Geben Sie die Nummer mit Ländervorwahl ein, beginnend mit +, oder wählen Sie Ihren Mobilfunkanbieter, damit das Land bekannt ist.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Enter it with its country code, for example +44 7700 900123.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus. Geben Sie sie mit Ländervorwahl ein, zum Beispiel +44 7700 900123.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The stored account data is damaged and cannot be read.</source>
        <translation>Die gespeicherten Kontodaten sind beschädigt und können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The account data in the keychain is incomplete or damaged. Nothing was changed; link the account again to repair it.</source>
        <translation>Die Kontodaten im Schlüsselbund sind unvollständig oder beschädigt. Es wurde nichts geändert; verknüpfen Sie das Konto erneut, um es zu reparieren.</translation>
    </message>
    <message>
        <source>The keychain is locked: it does not show the account&apos;s stored data. Unlock it (for example with your desktop&apos;s password manager), then try again. Nothing was changed.</source>
        <translation>Der Schlüsselbund ist gesperrt: Er zeigt die gespeicherten Daten des Kontos nicht an. Entsperren Sie ihn (zum Beispiel mit der Passwortverwaltung Ihres Desktops) und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDocument</name>
    <message>
        <source>The server sent an empty configuration document.</source>
        <translation>Der Server hat ein leeres Konfigurationsdokument gesendet.</translation>
    </message>
    <message>
        <source>The configuration document from the server is too large.</source>
        <translation>Das Konfigurationsdokument des Servers ist zu groß.</translation>
    </message>
    <message>
        <source>The configuration document from the server is not valid XML.</source>
        <translation>Das Konfigurationsdokument des Servers ist kein gültiges XML.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a configuration document.</source>
        <translation>Die Antwort des Servers ist kein Konfigurationsdokument.</translation>
    </message>
    <message>
        <source>The configuration document from the server contains a document type declaration, which is not accepted.</source>
        <translation>Das Konfigurationsdokument des Servers enthält eine Dokumenttyp-Deklaration; diese wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The configuration document from the server is nested too deeply.</source>
        <translation>Das Konfigurationsdokument des Servers ist zu tief verschachtelt.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Your operator has sent the configuration for this computer.</source>
        <translation>Ihr Mobilfunkanbieter hat die Konfiguration für diesen Computer gesendet.</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Konfigurationsversion:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>The configuration is stored in your keychain. Click Finish to see it.</source>
        <translation>Die Konfiguration ist in Ihrem Schlüsselbund gespeichert. Klicken Sie auf „Abschließen“, um sie anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>an older TLS version</source>
        <translation>ältere TLS-Version</translation>
    </message>
    <message>
        <source>Qt found no usable TLS backend (it loads OpenSSL 3 at run time; install libssl3). Nothing can be fetched securely.</source>
        <translation>Qt hat kein nutzbares TLS-Backend gefunden (es lädt OpenSSL 3 zur Laufzeit; installieren Sie libssl3). Es kann nichts sicher abgerufen werden.</translation>
    </message>
    <message>
        <source>cannot listen on the loopback interface: %1</source>
        <translation>kann nicht auf der Loopback-Schnittstelle lauschen: %1</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>%1 (%2) is present, but a TLS handshake on loopback failed: %3</source>
        <translation>%1 (%2) ist vorhanden, aber ein TLS-Handshake über die Loopback-Schnittstelle ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>unexpected data</source>
        <translation>unerwartete Daten</translation>
    </message>
    <message>
        <source>%1 (Qt backend &quot;%2&quot;); a %3 handshake with a test certificate on loopback succeeded</source>
        <translation>%1 (Qt-Backend „%2“); TLS-Handshake (%3) mit einem Testzertifikat über die Loopback-Schnittstelle erfolgreich</translation>
    </message>
    <message>
        <source>writing a test item failed: %1</source>
        <translation>Schreiben eines Testeintrags fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading the test item back failed: %1</source>
        <translation>Zurücklesen des Testeintrags fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the test item read back differs from what was written</source>
        <translation>der zurückgelesene Testeintrag weicht vom geschriebenen ab</translation>
    </message>
    <message>
        <source>deleting the test item failed: %1</source>
        <translation>Löschen des Testeintrags fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a test item was written, read back and deleted (service %1)</source>
        <translation>ein Testeintrag wurde geschrieben, zurückgelesen und gelöscht (Dienst %1)</translation>
    </message>
    <message>
        <source>%1 (%2). Install mobile-broadband-provider-info.</source>
        <translation>%1 (%2). Installieren Sie mobile-broadband-provider-info.</translation>
    </message>
    <message>
        <source>%1 operators with network codes in %2 countries (%3)</source>
        <translation>%1 Mobilfunkanbieter mit Netzkennungen in %2 Ländern (%3)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>operator database</source>
        <translation>Anbieterdatenbank</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>self-test failed: %1.</source>
        <translation>Selbsttest fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Could not make a test certificate (%1).</source>
        <translation>Es konnte kein Testzertifikat erstellt werden (%1).</translation>
    </message>
    <message>
        <source>Qt could not load the test certificate it just made.</source>
        <translation>Qt konnte das soeben erstellte Testzertifikat nicht laden.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The operator code must be the 3-digit country code (MCC) followed by the 2- or 3-digit network code (MNC), for example 23415.</source>
        <translation>Der Anbietercode besteht aus der dreistelligen Landeskennung (MCC), gefolgt von der zwei- oder dreistelligen Netzkennung (MNC), zum Beispiel 23415.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL, for example https://config.example.com/.</source>
        <translation>Die Serveradresse muss eine https://-URL sein, zum Beispiel https://config.example.com/.</translation>
    </message>
</context>
<context>
    <name>ServerMessageDialog</name>
    <message>
        <source>A message from your operator:</source>
        <translation>Eine Nachricht Ihres Mobilfunkanbieters:</translation>
    </message>
    <message>
        <source>Message from your operator</source>
        <translation>Nachricht Ihres Mobilfunkanbieters</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your operator</source>
        <translation>Ihr Mobilfunkanbieter</translation>
    </message>
    <message>
        <source>The configuration for this computer comes from your mobile operator&apos;s configuration server.</source>
        <translation>Die Konfiguration für diesen Computer kommt vom Konfigurationsserver Ihres Mobilfunkanbieters.</translation>
    </message>
    <message>
        <source>O&amp;ther server…</source>
        <translation>&amp;Anderer Server…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://config.example.com/</source>
        <translation>https://config.example.com/</translation>
    </message>
    <message>
        <source>Only if your operator or IT department gave you an https:// address.</source>
        <translation>Nur wenn Ihr Mobilfunkanbieter oder Ihre IT-Abteilung Ihnen eine https://-Adresse genannt hat.</translation>
    </message>
    <message>
        <source>My &amp;operator:</source>
        <translation>Mein &amp;Mobilfunkanbieter:</translation>
    </message>
    <message>
        <source>Search operators</source>
        <translation>Mobilfunkanbieter suchen</translation>
    </message>
    <message>
        <source>Type an operator&apos;s name, a country or the MCC and MNC; the arrow keys choose in the list.</source>
        <translation>Geben Sie den Namen eines Mobilfunkanbieters, ein Land oder MCC und MNC ein; mit den Pfeiltasten wählen Sie in der Liste.</translation>
    </message>
    <message>
        <source>Search by operator, country or MCC MNC</source>
        <translation>Nach Anbieter, Land oder MCC MNC suchen</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Mobilfunkanbieter</translation>
    </message>
    <message>
        <source>The address of its configuration server follows from the operator&apos;s codes (MCC and MNC).</source>
        <translation>Die Adresse seines Konfigurationsservers ergibt sich aus den Kennungen des Mobilfunkanbieters (MCC und MNC).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>The CA file must be given with an absolute path, not &quot;%1&quot;.</source>
        <translation>Die CA-Datei muss mit einem absoluten Pfad angegeben werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>The device type must be PC, Tablet or Other, not &quot;%1&quot;.</source>
        <translation>Der Gerätetyp muss PC, Tablet oder Other sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>Der Gerätename ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Unbekannte Einstellung.</translation>
    </message>
    <message>
        <source>%1: %2: %3 The value is ignored.</source>
        <translation>%1: %2: %3 Der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false; the flag is ignored.</source>
        <translation>%1: %2 muss true oder false sein; die Markierung wird ignoriert.</translation>
    </message>
    <message>
        <source>There is no user settings file to write to.</source>
        <translation>Es gibt keine Benutzereinstellungsdatei, in die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>This setting is managed by your organisation and cannot be changed.</source>
        <translation>Diese Einstellung wird von Ihrer Organisation verwaltet und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: is not a valid settings file.</source>
        <translation>%1: ist keine gültige Einstellungsdatei.</translation>
    </message>
    <message>
        <source>%1: %2 names no setting; it is ignored.</source>
        <translation>%1: %2 bezeichnet keine Einstellung und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be locked; the flag is ignored.</source>
        <translation>%1: %2 kann nicht gesperrt werden; die Markierung wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 is not a setting of spdc; it is ignored.</source>
        <translation>%1: %2 ist keine Einstellung von spdc und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be set by policy; it is ignored.</source>
        <translation>%1: %2 kann nicht per Richtlinie festgelegt werden und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 is ignored: custom servers are not allowed.</source>
        <translation>%1: %2 wird ignoriert: Eigene Server sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>Your organisation does not allow other configuration servers; choose an operator instead.</source>
        <translation>Ihre Organisation erlaubt keine anderen Konfigurationsserver; wählen Sie stattdessen einen Mobilfunkanbieter.</translation>
    </message>
    <message>
        <source>The configuration server is managed by your organisation and cannot be changed.</source>
        <translation>Der Konfigurationsserver wird von Ihrer Organisation verwaltet und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The trusted certificate authority is managed by your organisation and cannot be changed.</source>
        <translation>Die vertrauenswürdige Zertifizierungsstelle wird von Ihrer Organisation verwaltet und kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>(empty: the host name, %1)</source>
        <translation>(leer: der Rechnername, %1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>locked: managed by your organisation</source>
        <translation>gesperrt: von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Read from (strongest first):</source>
        <translation>Gelesen aus (höchste Priorität zuerst):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>[settings] group</source>
        <translation>Gruppe [settings]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Use: spdc-cli settings set KEY VALUE, or spdc-cli settings reset KEY.</source>
        <translation>Verwendung: spdc-cli settings set SCHLÜSSEL WERT oder spdc-cli settings reset SCHLÜSSEL.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Es gibt keine Einstellung „%1“. Die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be written.</source>
        <translation>Ihre Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Links this computer to a mobile operator identity (GSMA RCC.14).</source>
        <translation>Verknüpft diesen Computer mit einer Identität bei einem Mobilfunkanbieter (GSMA RCC.14).</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Mit minimiertem Fenster starten.</translation>
    </message>
    <message>
        <source>No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start spdc from a desktop session, or use spdc-cli in a terminal.</source>
        <translation>Es wurde keine grafische Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie spdc in einer Desktop-Sitzung oder verwenden Sie spdc-cli in einem Terminal.</translation>
    </message>
</context>
<context>
    <name>spdc::AccountQuery</name>
    <message>
        <source>Your operator&apos;s server is busy. Trying again in %1…</source>
        <translation>Der Server Ihres Mobilfunkanbieters ist ausgelastet. Neuer Versuch in %1…</translation>
    </message>
    <message>
        <source>Asking your operator…</source>
        <translation>Anfrage bei Ihrem Mobilfunkanbieter…</translation>
    </message>
    <message>
        <source>Your operator asks for a code sent to your phone.</source>
        <translation>Ihr Mobilfunkanbieter fragt nach einem Code, der an Ihr Telefon gesendet wurde.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Another device uses this computer&apos;s name.</source>
        <translation>Ein anderes Gerät verwendet den Namen dieses Computers.</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Your operator&apos;s message is waiting for your answer.</source>
        <translation>Die Nachricht Ihres Mobilfunkanbieters wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;.</source>
        <translation>Ein anderes Gerät verwendet bereits den Namen „%1“.</translation>
    </message>
</context>
<context>
    <name>spdc::AccountSwitcher</name>
    <message>
        <source>Configured, expires %1</source>
        <extracomment>%1 e.g. &quot;in 20 days&quot;</extracomment>
        <translation>Eingerichtet, läuft %1 ab</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <extracomment>%1 e.g. &quot;2 days ago&quot;</extracomment>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Waiting for your answer to the operator&apos;s message</source>
        <translation>Wartet auf Ihre Antwort auf die Nachricht des Mobilfunkanbieters</translation>
    </message>
    <message>
        <source>Disabled by the operator</source>
        <translation>Vom Mobilfunkanbieter deaktiviert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1; last attempt failed: %2</source>
        <extracomment>%1 e.g. &quot;Expired 2 days ago&quot;, %2 the reason</extracomment>
        <translation>%1; letzter Versuch fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Read by screen readers: %1 the account, %2 its state</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>spdc::CliApplication</name>
    <message>
        <source>SIP URI of the identity (link).</source>
        <translation>SIP-URI der Identität (link).</translation>
    </message>
    <message>
        <source>The operator&apos;s MCC and MNC, e.g. 23415 (link).</source>
        <translation>MCC und MNC des Mobilfunkanbieters, z. B. 23415 (link).</translation>
    </message>
    <message>
        <source>A name for this device, at most 30 characters (link).</source>
        <translation>Ein Name für dieses Gerät, höchstens 30 Zeichen (link).</translation>
    </message>
    <message>
        <source>PC, Tablet or Other (link; default PC or your organisation&apos;s).</source>
        <translation>PC, Tablet oder Other (link; Standard: PC oder die Vorgabe Ihrer Organisation).</translation>
    </message>
    <message>
        <source>A code from your provider for a dedicated identity (link, §2.6).</source>
        <translation>Ein Code Ihres Anbieters für eine eigene Identität (link, §2.6).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Too many arguments for %1.</source>
        <translation>Zu viele Argumente für %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation>Die Option --%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>Run &apos;spdc-cli --help&apos; for the commands and options.</source>
        <translation>Mit &apos;spdc-cli --help&apos; erhalten Sie die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>link needs exactly one of --msisdn or --sip-uri.</source>
        <translation>link benötigt genau eine der Optionen --msisdn oder --sip-uri.</translation>
    </message>
    <message>
        <source>%1 is managed by your organisation and cannot be changed.</source>
        <translation>%1 wird von Ihrer Organisation verwaltet und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Adding accounts is not allowed here: this setting is managed by your organisation.</source>
        <translation>Hier dürfen keine Konten hinzugefügt werden: Diese Einstellung wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>link needs --operator MCCMNC or --server URL.</source>
        <translation>link benötigt --operator MCCMNC oder --server URL.</translation>
    </message>
    <message>
        <source>--device-type must be PC, Tablet or Other.</source>
        <translation>--device-type muss PC, Tablet oder Other sein.</translation>
    </message>
    <message>
        <source>The device type</source>
        <translation>Der Gerätetyp</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Der Gerätename</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1; nothing was sent.</source>
        <translation>Die vorherige Konfiguration von %1 wurde wiederhergestellt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Enter the OTP (the one-time code sent by SMS to %1):</source>
        <translation>Geben Sie das OTP ein (den Einmalcode, der per SMS an %1 gesendet wurde):</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>Es wurde kein Code eingegeben.</translation>
    </message>
    <message>
        <source>Enter another name for this device (at most 30 characters):</source>
        <translation>Geben Sie einen anderen Namen für dieses Gerät ein (höchstens 30 Zeichen):</translation>
    </message>
    <message>
        <source>No other device name was given.</source>
        <translation>Es wurde kein anderer Gerätename angegeben.</translation>
    </message>
    <message>
        <source>Look at your phone: the code arrives as a normal text message.</source>
        <translation>Sehen Sie auf Ihr Telefon: Der Code kommt als normale SMS.</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;.</source>
        <translation>Ein anderes Gerät verwendet bereits den Namen „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration server is busy; waiting %n second(s) before trying again…</source>
        <translation>
            <numerusform>Der Konfigurationsserver ist ausgelastet; neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Der Konfigurationsserver ist ausgelastet; neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type accept or reject:</source>
        <translation>Geben Sie accept (annehmen) oder reject (ablehnen) ein:</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>annehmen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>Linked %1: configuration version %2, valid until %3.</source>
        <translation>Konto %1 verknüpft: Konfigurationsversion %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>No account is linked yet.</source>
        <translation>Noch kein Konto verknüpft.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <source>use needs the account to switch to.</source>
        <translation>use benötigt das Konto, zu dem gewechselt werden soll.</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Zu %1 gewechselt.</translation>
    </message>
    <message>
        <source>remove needs the account to remove.</source>
        <translation>remove benötigt das zu entfernende Konto.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>Removed %1 and everything stored for it.</source>
        <translation>%1 und alle zugehörigen Daten wurden entfernt.</translation>
    </message>
    <message>
        <source>reset needs the account to reset.</source>
        <translation>reset benötigt das zurückzusetzende Konto.</translation>
    </message>
    <message>
        <source>Reset %1: its configuration was removed and kept as a backup.</source>
        <translation>%1 zurückgesetzt: Die Konfiguration wurde entfernt und als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>No account is linked yet. Link one with: spdc-cli link --msisdn +447700900123 --operator 23415</source>
        <translation>Noch kein Konto verknüpft. Verknüpfen Sie eines mit: spdc-cli link --msisdn +447700900123 --operator 23415</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>Konto:          %1</translation>
    </message>
    <message>
        <source>State:       %1</source>
        <translation>Status:         %1</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Version:        %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis:     %1</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Token:       %1</source>
        <translation>Token:          %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>present, expires %1</source>
        <translation>vorhanden, läuft am %1 ab</translation>
    </message>
    <message>
        <source>present, no expiry</source>
        <translation>vorhanden, ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>Failures:    %1</source>
        <translation>Fehlversuche:   %1</translation>
    </message>
    <message>
        <source>Last error:  %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>The account %1 has no stored configuration.</source>
        <translation>Für das Konto %1 ist keine Konfiguration gespeichert.</translation>
    </message>
    <message>
        <source>Links this computer to a mobile operator identity (GSMA RCC.14).

Commands:
  link (--msisdn E164 | --sip-uri URI) [--operator MCCMNC] [--friendly-name NAME]
       [--device-type PC|Tablet|Other] [--otp CODE]
                         Link an account; asks for the code sent to your phone.
  refresh [ACCOUNT]      Ask the server now, with the stored version and token.
  accounts [--json]      List the stored accounts; * marks the active one.
  use ACCOUNT            Switch to a stored account and ask its server, silently.
  remove ACCOUNT         Remove an account and everything stored for it.
  reset ACCOUNT          Remove an account&apos;s configuration, keeping a backup.
  settings [--json]      Each setting&apos;s effective value and where it comes from.
  settings set KEY VALUE | settings reset KEY
                         Change or drop your own value of a setting.
  self-test              Check TLS, the keychain and the operator database.
  status [ACCOUNT] [--json]
                         Show an account&apos;s state. Sends no request.
  show [ACCOUNT] [--xml]  Print the stored configuration.

Exit codes: 0 ok, 1 usage or invalid input, 2 forbidden (403), 3 authentication failed (511), 4 server or network error, 5 disabled by the server, 6 server message rejected, 7 keychain unavailable, 8 device name conflict.</source>
        <translation>Verknüpft diesen Computer mit einer Identität bei einem Mobilfunkanbieter (GSMA RCC.14).

Befehle:
  link (--msisdn E164 | --sip-uri URI) [--operator MCCMNC] [--friendly-name NAME]
       [--device-type PC|Tablet|Other] [--otp CODE]
                         Ein Konto verknüpfen; fragt nach dem Code, der an Ihr
                         Telefon gesendet wird.
  refresh [KONTO]        Jetzt beim Server anfragen, mit gespeicherter Version
                         und gespeichertem Token.
  accounts [--json]      Die gespeicherten Konten auflisten; * markiert das
                         aktive.
  use KONTO              Zu einem gespeicherten Konto wechseln und ohne
                         Rückfragen bei seinem Server anfragen.
  remove KONTO           Ein Konto und alles dazu Gespeicherte entfernen.
  reset KONTO            Die Konfiguration eines Kontos entfernen und als
                         Sicherung aufbewahren.
  settings [--json]      Wirksamer Wert jeder Einstellung und ihre Herkunft.
  settings set SCHLÜSSEL WERT | settings reset SCHLÜSSEL
                         Eigenen Wert einer Einstellung ändern oder entfernen.
  self-test              TLS, Schlüsselbund und Anbieterdatenbank prüfen.
  status [KONTO] [--json]
                         Den Status eines Kontos anzeigen. Sendet keine Anfrage.
  show [KONTO] [--xml]   Die gespeicherte Konfiguration ausgeben.

Exit-Codes: 0 OK, 1 Aufruf oder ungültige Eingabe, 2 verboten (403), 3 Authentifizierung fehlgeschlagen (511), 4 Server- oder Netzwerkfehler, 5 vom Server deaktiviert, 6 Nachricht des Servers abgelehnt, 7 Schlüsselbund nicht verfügbar, 8 Gerätename bereits vergeben.</translation>
    </message>
    <message>
        <source>(hidden: kept secret in your keychain)</source>
        <translation>(verborgen: bleibt geheim in Ihrem Schlüsselbund)</translation>
    </message>
    <message>
        <source>%1 is not the active account, and no request is sent for a stored account. Switch to it with: spdc-cli use %1</source>
        <translation>%1 ist nicht das aktive Konto, und für ein gespeichertes Konto wird keine Anfrage gesendet. Wechseln Sie dazu mit: spdc-cli use %1</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup.</source>
        <translation>Die vorherige Konfiguration von %1 wurde aus ihrer Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not the active account: switch to it with &quot;spdc-cli use %1&quot; to see its details.</source>
        <translation>Nicht das aktive Konto: Wechseln Sie mit „spdc-cli use %1“ dazu, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 is not the active account: its configuration is shown only while it is active. Switch to it with: spdc-cli use %1</source>
        <translation>%1 ist nicht das aktive Konto: Seine Konfiguration wird nur angezeigt, solange es aktiv ist. Wechseln Sie dazu mit: spdc-cli use %1</translation>
    </message>
    <message>
        <source>Phone number in E.164 form, or national with --operator (link).</source>
        <translation>Telefonnummer im E.164-Format, oder national mit --operator (link).</translation>
    </message>
    <message>
        <source>Machine-readable output (status, accounts, settings).</source>
        <translation>Maschinenlesbare Ausgabe (status, accounts, settings).</translation>
    </message>
    <message>
        <source>The document byte for byte as received, its token included (show).</source>
        <translation>Das Dokument Byte für Byte wie empfangen, samt Token (show).</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der oben genannten Befehle.</translation>
    </message>
</context>
<context>
    <name>spdc::DevicePage</name>
    <message>
        <source>The device name and type are managed by your organisation.</source>
        <translation>Gerätename und Gerätetyp werden von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>The device name is managed by your organisation.</source>
        <translation>Der Gerätename wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>The device type is managed by your organisation.</source>
        <translation>Der Gerätetyp wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Optional. %1 of %2 characters.</source>
        <translation>Optional. %1 von %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>spdc::IdentityPage</name>
    <message>
        <source>Adding accounts is not allowed here: this setting is managed by your organisation.</source>
        <translation>Hier dürfen keine Konten hinzugefügt werden: Diese Einstellung wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+44 7700 900123</translation>
    </message>
    <message>
        <source>In international format: + and the country code, then the number.</source>
        <translation>Im internationalen Format: + und Ländervorwahl, dann die Nummer.</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>SIP-A&amp;dresse:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>SIP-Adresse</translation>
    </message>
    <message>
        <source>sip:alice@example.com</source>
        <translation>sip:alice@example.com</translation>
    </message>
    <message>
        <source>The SIP address your operator gave you, at most %1 characters.</source>
        <translation>Die SIP-Adresse, die Ihnen Ihr Mobilfunkanbieter gegeben hat, höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>At most %1 characters; spaces and dashes do not count.</source>
        <translation>Höchstens %1 Zeichen; Leerzeichen und Bindestriche zählen nicht.</translation>
    </message>
    <message>
        <source>This device&apos;s identity</source>
        <translation>Identität dieses Geräts</translation>
    </message>
    <message>
        <source>Enter the phone number or SIP address your provider gave this device, and the code that came with it.</source>
        <translation>Geben Sie die Telefonnummer oder SIP-Adresse ein, die Ihr Anbieter diesem Gerät gegeben hat, und den Code, den Sie dazu erhalten haben.</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code to that phone to check that it is yours.</source>
        <translation>Dieser Computer nutzt die Identität Ihres Mobiltelefons. Ihr Mobilfunkanbieter sendet einen Code an dieses Telefon, um zu prüfen, ob es Ihnen gehört.</translation>
    </message>
    <message>
        <source>As you would dial it in %1, or with + and the country code.</source>
        <extracomment>%1 is a country name, from the operator chosen on the previous page</extracomment>
        <translation>Im nationalen Format (%1) oder mit + und Ländervorwahl.</translation>
    </message>
    <message>
        <source>Will send: %1</source>
        <extracomment>%1 is the phone number or SIP address as it will be sent to the operator</extracomment>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Telefon&amp;nummer:</translation>
    </message>
    <message>
        <source>Will send: %1 (%2)</source>
        <extracomment>%1 is the phone number exactly as sent (E.164, e.g. +4915123456789), %2 the same number written for people (+49 1512 3456789)</extracomment>
        <translation>Wird gesendet: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>spdc::LinkingPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Contacting your operator…</source>
        <translation>Verbindung mit Ihrem Mobilfunkanbieter wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for the code…</source>
        <translation>Warten auf den Code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Choose another name for this computer.</source>
        <translation>Wählen Sie einen anderen Namen für diesen Computer.</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Your operator has a message for you.</source>
        <translation>Ihr Mobilfunkanbieter hat eine Nachricht für Sie.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
    <message>
        <source>Linking did not succeed.</source>
        <translation>Die Verknüpfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Your operator&apos;s server is busy. Trying again in %1…</source>
        <translation>Der Server Ihres Mobilfunkanbieters ist ausgelastet. Neuer Versuch in %1…</translation>
    </message>
    <message>
        <source>Use Back to change your answers.</source>
        <translation>Mit „Zurück“ können Sie Ihre Angaben ändern.</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer, with the code from your provider.</source>
        <translation>spdc fragt mit dem Code Ihres Anbieters bei Ihrem Mobilfunkanbieter die Konfiguration dieses Computers an.</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer. Keep your phone at hand: a code is sent to it.</source>
        <translation>spdc fragt bei Ihrem Mobilfunkanbieter die Konfiguration dieses Computers an. Halten Sie Ihr Telefon bereit: Sie erhalten darauf einen Code.</translation>
    </message>
    <message>
        <source>Sending the code to your operator…</source>
        <translation>Code wird an Ihren Mobilfunkanbieter gesendet…</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;. Choose another name for this computer.</source>
        <translation>Ein anderes Gerät verwendet bereits den Namen „%1“. Wählen Sie einen anderen Namen für diesen Computer.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code your provider gave you and enter it again.</source>
        <translation>Der Code wurde nicht akzeptiert. Prüfen Sie den Code, den Ihnen Ihr Anbieter gegeben hat, und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Change the &amp;code</source>
        <translation>&amp;Code ändern</translation>
    </message>
    <message>
        <source>&amp;Use another number</source>
        <translation>&amp;Andere Nummer verwenden</translation>
    </message>
    <message>
        <source>&amp;Use another address</source>
        <translation>&amp;Andere Adresse verwenden</translation>
    </message>
</context>
<context>
    <name>spdc::MainWindow</name>
    <message>
        <source>Adding accounts is managed by your organisation.</source>
        <translation>Das Hinzufügen von Konten wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Link this computer to your mobile phone number to receive its configuration from your operator.</source>
        <translation>Verknüpfen Sie diesen Computer mit Ihrer Mobilfunknummer, um seine Konfiguration von Ihrem Mobilfunkanbieter zu erhalten.</translation>
    </message>
    <message>
        <source>Ask your IT department to set up spdc.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, spdc einzurichten.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the device name, %2 its type (PC, Tablet or Other)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stored configuration could not be read.</source>
        <translation>Die gespeicherte Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 The account stays linked; its configuration is shown once the keychain can be read.</source>
        <translation>%1 Das Konto bleibt verknüpft; seine Konfiguration wird angezeigt, sobald der Schlüsselbund gelesen werden kann.</translation>
    </message>
    <message>
        <source>Unknown: the keychain cannot be read</source>
        <translation>Unbekannt: Der Schlüsselbund kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No configuration yet</source>
        <translation>Noch keine Konfiguration</translation>
    </message>
    <message>
        <source>Managed by your organisation: adding accounts is not allowed on this computer.</source>
        <translation>Von Ihrer Organisation verwaltet: Auf diesem Computer dürfen keine Konten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 The states of your other accounts are shown once the keychain can be read.</source>
        <translation>%1 Der Status Ihrer anderen Konten wird angezeigt, sobald der Schlüsselbund gelesen werden kann.</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup; nothing was sent to your operator.</source>
        <translation>Die vorherige Konfiguration von %1 wurde aus der Sicherung wiederhergestellt; an Ihren Mobilfunkanbieter wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Asking your operator…</source>
        <translation>Anfrage bei Ihrem Mobilfunkanbieter…</translation>
    </message>
    <message>
        <source>Checked with your operator on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Am %1 bei Ihrem Mobilfunkanbieter abgefragt.</translation>
    </message>
    <message>
        <source>The check with your operator was cancelled.</source>
        <translation>Die Abfrage bei Ihrem Mobilfunkanbieter wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this computer?</source>
        <translation>%1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Its configuration, its token and its backups are deleted from your keychain. To use it again you link it again, with a new code sent to your phone.</source>
        <translation>Seine Konfiguration, sein Token und seine Sicherungen werden aus Ihrem Schlüsselbund gelöscht. Um es wieder zu nutzen, verknüpfen Sie es erneut, mit einem neuen Code, der an Ihr Telefon gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed %1 and everything stored for it.</source>
        <translation>%1 und alle zugehörigen Daten wurden entfernt.</translation>
    </message>
    <message>
        <source>Reset account</source>
        <translation>Konto zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1?</source>
        <translation>%1 zurücksetzen?</translation>
    </message>
    <message>
        <source>Its configuration and token are removed from this computer and kept as a backup. Adding the account again restores the backup while it is still valid; otherwise a new code is sent to your phone.</source>
        <translation>Seine Konfiguration und sein Token werden von diesem Computer entfernt und als Sicherung aufbewahrt. Wenn Sie das Konto erneut hinzufügen, wird die Sicherung wiederhergestellt, solange sie noch gültig ist; andernfalls wird ein neuer Code an Ihr Telefon gesendet.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>%1 was not reset: %2</source>
        <translation>%1 wurde nicht zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>The configuration was removed and kept as a backup.</source>
        <translation>Die Konfiguration wurde entfernt und als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Renewed automatically when it expires.</source>
        <translation>Wird bei Ablauf automatisch erneuert.</translation>
    </message>
    <message>
        <source>Nothing in the configuration matches &quot;%1&quot;.</source>
        <translation>Nichts in der Konfiguration passt zu „%1“.</translation>
    </message>
    <message>
        <source>The token stays in your keychain: it is never copied.</source>
        <translation>Das Token bleibt in Ihrem Schlüsselbund: Es wird nie kopiert.</translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>Wert von %1 kopiert.</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup.</source>
        <translation>Die vorherige Konfiguration von %1 wurde aus ihrer Sicherung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>spdc::MessageLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>spdc::NameConflictDialog</name>
    <message>
        <source>&amp;Use this name</source>
        <translation>Diesen Namen &amp;verwenden</translation>
    </message>
    <message>
        <source>Another of your devices already uses the name &quot;%1&quot; with your operator. Each device needs a name of its own.</source>
        <translation>Ein anderes Ihrer Geräte verwendet bei Ihrem Mobilfunkanbieter bereits den Namen „%1“. Jedes Gerät braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>This is the name that is taken.</source>
        <translation>Dieser Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>%1 of %2 characters.</source>
        <translation>%1 von %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>spdc::OperatorListModel</name>
    <message>
        <source>%1, %2, MCC %3, MNC %4</source>
        <extracomment>An operator in the list: name, country, mobile country and network codes</extracomment>
        <translation>%1, %2, MCC %3, MNC %4</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mobilfunkanbieter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>MCC MNC</source>
        <extracomment>Mobile country code and mobile network code</extracomment>
        <translation>MCC MNC</translation>
    </message>
</context>
<context>
    <name>spdc::OtpDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1.</source>
        <translation>Wir haben einen Code per SMS an %1 gesendet.</translation>
    </message>
    <message>
        <source>Your phone shows the code when it arrives. Type it here.</source>
        <translation>Ihr Telefon zeigt den Code an, sobald er eintrifft. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>We sent a new code by SMS to %1.</source>
        <translation>Wir haben einen neuen Code per SMS an %1 gesendet.</translation>
    </message>
    <message>
        <source>Send a &amp;new code (%1 s)</source>
        <translation>&amp;Neuen Code senden (%1 s)</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>Read the text message on your phone and type the code here.</source>
        <translation>Lesen Sie die SMS auf Ihrem Telefon und geben Sie den Code hier ein.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>Nummer än&amp;dern</translation>
    </message>
    <message>
        <source>C&amp;hange address</source>
        <translation>Adresse än&amp;dern</translation>
    </message>
    <message>
        <source>The code may have expired. Send a new code, or change the number if it was wrong.</source>
        <translation>Der Code ist möglicherweise abgelaufen. Lassen Sie einen neuen Code senden oder ändern Sie die Nummer, falls sie falsch war.</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Neuer Code wird angefordert…</translation>
    </message>
    <message>
        <source>Waiting for your code: %1 left.</source>
        <extracomment>%1 is minutes and seconds, &quot;4:05&quot;</extracomment>
        <translation>Warten auf Ihren Code: noch %1.</translation>
    </message>
</context>
<context>
    <name>spdc::ProvisioningFlow</name>
    <message>
        <source>The operator has switched off the service for this device for now. spdc will ask again the next time it starts.</source>
        <translation>Der Mobilfunkanbieter hat den Dienst für dieses Gerät vorübergehend abgeschaltet. spdc fragt beim nächsten Start erneut an.</translation>
    </message>
    <message>
        <source>The operator has switched off the service for this device permanently. Reset the account to ask again.</source>
        <translation>Der Mobilfunkanbieter hat den Dienst für dieses Gerät dauerhaft abgeschaltet. Setzen Sie das Konto zurück, um erneut anzufragen.</translation>
    </message>
    <message>
        <source>The operator has switched off the service for this device until you ask for it again with Refresh.</source>
        <translation>Der Mobilfunkanbieter hat den Dienst für dieses Gerät abgeschaltet, bis Sie ihn mit „Aktualisieren“ erneut anfordern.</translation>
    </message>
    <message>
        <source>The operator has paused the service for this device. spdc will ask again when the configuration expires.</source>
        <translation>Der Mobilfunkanbieter hat den Dienst für dieses Gerät pausiert. spdc fragt erneut an, wenn die Konfiguration abläuft.</translation>
    </message>
    <message>
        <source>Enter a phone number or a SIP address.</source>
        <translation>Geben Sie eine Telefonnummer oder eine SIP-Adresse ein.</translation>
    </message>
    <message>
        <source>Choose your operator or enter the https:// address of its configuration server.</source>
        <translation>Wählen Sie Ihren Mobilfunkanbieter oder geben Sie die https://-Adresse seines Konfigurationsservers ein.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters are allowed.</source>
        <translation>Der Gerätename ist zu lang: Höchstens %1 Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>The code must be 1 to %1 characters long.</source>
        <translation>Der Code muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter the code from the text message: 1 to %1 characters.</source>
        <translation>Geben Sie den Code aus der SMS ein: 1 bis %1 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s).</source>
        <translation>
            <numerusform>Ein neuer Code kann in %n Sekunde gesendet werden.</numerusform>
            <numerusform>Ein neuer Code kann in %n Sekunden gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a device name of 1 to %1 characters.</source>
        <translation>Geben Sie einen Gerätenamen mit 1 bis %1 Zeichen ein.</translation>
    </message>
    <message>
        <source>You declined the operator&apos;s message; the service is not set up.</source>
        <translation>Sie haben die Nachricht des Mobilfunkanbieters abgelehnt; der Dienst wird nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The operator&apos;s message is still waiting for your answer.</source>
        <translation>Die Nachricht des Mobilfunkanbieters wartet noch auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Linking was cancelled.</source>
        <translation>Die Verknüpfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The operator refused %1: the number is not valid for this service or not allowed to link other devices. Check the number, or try another one.</source>
        <translation>Der Mobilfunkanbieter hat %1 abgelehnt: Die Nummer ist für diesen Dienst nicht gültig oder darf keine weiteren Geräte verknüpfen. Prüfen Sie die Nummer oder versuchen Sie es mit einer anderen.</translation>
    </message>
    <message>
        <source>The operator could not authenticate this device.</source>
        <translation>Der Mobilfunkanbieter konnte dieses Gerät nicht authentifizieren.</translation>
    </message>
    <message>
        <source>The configuration server tried to send this device elsewhere. For your security the redirect was not followed.</source>
        <translation>Der Konfigurationsserver wollte dieses Gerät an eine andere Adresse umleiten. Zu Ihrer Sicherheit wurde der Umleitung nicht gefolgt.</translation>
    </message>
    <message>
        <source>The operator&apos;s configuration server had a problem (error %1). Your current configuration was kept; spdc will try again later.</source>
        <translation>Beim Konfigurationsserver des Mobilfunkanbieters ist ein Problem aufgetreten (Fehler %1). Ihre aktuelle Konfiguration wurde beibehalten; spdc versucht es später erneut.</translation>
    </message>
    <message>
        <source>The operator&apos;s configuration server is still busy. Try again later.</source>
        <translation>Der Konfigurationsserver des Mobilfunkanbieters ist noch ausgelastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The configuration server sent an empty answer. Your current configuration was kept.</source>
        <translation>Der Konfigurationsserver hat eine leere Antwort gesendet. Ihre aktuelle Konfiguration wurde beibehalten.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer is not a configuration document. Your current configuration was kept.</source>
        <translation>Die Antwort des Konfigurationsservers ist kein Konfigurationsdokument. Ihre aktuelle Konfiguration wurde beibehalten.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer has no configuration version. Your current configuration was kept.</source>
        <translation>Die Antwort des Konfigurationsservers enthält keine Konfigurationsversion. Ihre aktuelle Konfiguration wurde beibehalten.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer does not match the configuration on this device. Your current configuration was kept.</source>
        <translation>Die Antwort des Konfigurationsservers passt nicht zur Konfiguration auf diesem Gerät. Ihre aktuelle Konfiguration wurde beibehalten.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code from your provider and try again.</source>
        <translation>Der Code wurde nicht akzeptiert. Prüfen Sie den Code Ihres Anbieters und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The code was not accepted. Start again to have a new code sent.</source>
        <translation>Der Code wurde nicht akzeptiert. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer has no usable configuration version. Your current configuration was kept.</source>
        <translation>Die Antwort des Konfigurationsservers enthält keine verwendbare Konfigurationsversion. Ihre aktuelle Konfiguration wurde beibehalten.</translation>
    </message>
    <message>
        <source>The operator no longer accepts this device&apos;s credentials for %1. Get a new code from your provider and link the account again with it.</source>
        <translation>Der Mobilfunkanbieter akzeptiert die Zugangsdaten dieses Geräts für %1 nicht mehr. Holen Sie einen neuen Code bei Ihrem Anbieter und verknüpfen Sie das Konto damit erneut.</translation>
    </message>
</context>
<context>
    <name>spdc::RenewalScheduler</name>
    <message>
        <source>The operator has switched off the service for this device permanently. Reset the account to ask again.</source>
        <translation>Der Mobilfunkanbieter hat den Dienst für dieses Gerät dauerhaft abgeschaltet. Setzen Sie das Konto zurück, um erneut anzufragen.</translation>
    </message>
    <message>
        <source>spdc stopped asking after %1 failed attempts in a row. Use Refresh to try again.</source>
        <translation>spdc hat nach %1 fehlgeschlagenen Versuchen in Folge aufgehört anzufragen. Verwenden Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The operator&apos;s message is waiting for your answer.</source>
        <translation>Die Nachricht des Mobilfunkanbieters wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>The operator asked spdc to wait until you ask again.</source>
        <translation>Der Mobilfunkanbieter hat spdc gebeten zu warten, bis Sie erneut anfragen.</translation>
    </message>
    <message>
        <source>spdc will ask again the next time it starts.</source>
        <translation>spdc fragt beim nächsten Start erneut an.</translation>
    </message>
    <message>
        <source>The configuration is valid; nothing to ask.</source>
        <translation>Die Konfiguration ist gültig; keine Anfrage nötig.</translation>
    </message>
</context>
<context>
    <name>spdc::ResultPage</name>
    <message>
        <source>%1 is now linked to %2.</source>
        <extracomment>%1 is &quot;This computer&quot;, &quot;This tablet&quot; or &quot;This device&quot;; %2 the phone number or SIP address</extracomment>
        <translation>%1 ist jetzt mit %2 verknüpft.</translation>
    </message>
</context>
<context>
    <name>spdc::ServerMessageDialog</name>
    <message>
        <source>Message from your operator</source>
        <translation>Nachricht Ihres Mobilfunkanbieters</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>If you decline, the services of this configuration are not set up on this computer.</source>
        <translation>Wenn Sie ablehnen, werden die Dienste dieser Konfiguration auf diesem Computer nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>spdc::ServerPage</name>
    <message>
        <source>The configuration server is managed by your organisation.</source>
        <translation>Der Konfigurationsserver wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Other servers are not allowed: this setting is managed by your organisation.</source>
        <translation>Andere Server sind nicht erlaubt: Diese Einstellung wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Configuration server: %1</source>
        <translation>Konfigurationsserver: %1</translation>
    </message>
    <message>
        <source>Operator %1 %2</source>
        <translation>Mobilfunkanbieter %1 %2</translation>
    </message>
    <message>
        <source>Choose your operator in the list.</source>
        <translation>Wählen Sie Ihren Mobilfunkanbieter in der Liste.</translation>
    </message>
    <message>
        <source>No operator matches &quot;%1&quot;. Check the spelling, or choose &quot;Other server…&quot; below and enter the configuration server address your operator gave you.</source>
        <translation>Kein Mobilfunkanbieter passt zu „%1“. Prüfen Sie die Schreibweise, oder wählen Sie unten „Anderer Server…“ und geben Sie die Adresse des Konfigurationsservers ein, die Ihnen Ihr Mobilfunkanbieter genannt hat.</translation>
    </message>
</context>
<context>
    <name>spdc::SetupWizard</name>
    <message>
        <source>Link an account</source>
        <translation>Konto verknüpfen</translation>
    </message>
</context>
</TS>
