<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountManager</name>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>The start-at-login setting could not be saved: %1</source>
        <translation>Le réglage de lancement à l’ouverture de session n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Link this computer</source>
        <translation>Associer cet ordinateur</translation>
    </message>
    <message>
        <source>spdc sets this computer up with the services of your mobile operator. How does your operator know this device?</source>
        <translation>spdc configure cet ordinateur pour les services de votre opérateur mobile. Comment votre opérateur reconnaît-il cet appareil&#xa0;?</translation>
    </message>
    <message>
        <source>This device uses my &amp;phone number</source>
        <translation>Cet appareil utilise mon &amp;numéro de téléphone</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code by SMS to the phone to check that it is yours.</source>
        <translation>Cet ordinateur partage l’identité de votre téléphone mobile. Votre opérateur envoie un code par SMS au téléphone pour vérifier qu’il vous appartient.</translation>
    </message>
    <message>
        <source>I have a &amp;code from my provider for this device</source>
        <translation>J’ai un &amp;code de mon fournisseur pour cet appareil</translation>
    </message>
    <message>
        <source>Your provider gave this device an identity of its own, with a code to type in here. No text message is sent.</source>
        <translation>Votre fournisseur a attribué à cet appareil une identité propre, avec un code à saisir ici. Aucun SMS n’est envoyé.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTree</name>
    <message>
        <source>(hidden: kept secret in your keychain)</source>
        <translation>(masqué&#xa0;: reste secret dans votre trousseau)</translation>
    </message>
    <message>
        <source>The token identifies this device to your operator.</source>
        <translation>Le jeton identifie cet appareil auprès de votre opérateur.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Your operator may show this name in its list of your devices.</source>
        <translation>Votre opérateur peut afficher ce nom dans la liste de vos appareils.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation>&amp;Type d’appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d’appareil</translation>
    </message>
    <message>
        <source>Device na&amp;me:</source>
        <translation>No&amp;m de l’appareil&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;Thursday, 6 March 2025, 14:05&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message>
        <source>moments ago</source>
        <translation>il y a quelques instants</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is an amount of time, e.g. &quot;3 days&quot;</extracomment>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <extracomment>%1 is a date and time, %2 e.g. &quot;2 days ago&quot;</extracomment>
        <translation>%1 (expirée %2)</translation>
    </message>
    <message>
        <source>%1 (expires %2)</source>
        <extracomment>%1 is a date and time, %2 e.g. &quot;in 20 days&quot;</extracomment>
        <translation>%1 (expire %2)</translation>
    </message>
    <message>
        <source>Not configured yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Expired: the configuration needs to be renewed</source>
        <translation>Expiré&#xa0;: la configuration doit être renouvelée</translation>
    </message>
    <message>
        <source>Waiting for you to answer a message</source>
        <translation>En attente de votre réponse à un message</translation>
    </message>
    <message>
        <source>Switched off by the operator for now</source>
        <translation>Désactivé pour le moment par l’opérateur</translation>
    </message>
    <message>
        <source>Switched off by the operator permanently</source>
        <translation>Désactivé définitivement par l’opérateur</translation>
    </message>
    <message>
        <source>Switched off until you link it again</source>
        <translation>Désactivé jusqu’à ce que vous l’associiez à nouveau</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Failed: the last attempt did not succeed</source>
        <translation>Échec&#xa0;: la dernière tentative n’a pas abouti</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Cette tablette</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
</context>
<context>
    <name>FrontendOptions</name>
    <message>
        <source>Use the configuration server at &lt;url&gt; instead of the operator&apos;s.</source>
        <translation>Utiliser le serveur de configuration à l’adresse &lt;url&gt; au lieu de celui de l’opérateur.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in &lt;pem&gt; (added to the system roots).</source>
        <translation>Faire aussi confiance aux certificats d’AC de &lt;pem&gt; (ajoutés aux racines du système).</translation>
    </message>
    <message>
        <source>Language of the interface and of the server&apos;s messages, e.g. de-DE.</source>
        <translation>Langue de l’interface et des messages du serveur, par ex. fr-FR.</translation>
    </message>
    <message>
        <source>Unknown language tag &quot;%1&quot;. Use a tag such as en-GB or de-DE.</source>
        <translation>Code de langue «&#xa0;%1&#xa0;» inconnu. Utilisez un code tel que en-GB ou fr-FR.</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server sent an answer that is far too large to be a configuration.</source>
        <translation>Le serveur a envoyé une réponse bien trop volumineuse pour être une configuration.</translation>
    </message>
    <message>
        <source>The configuration server %1 did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur de configuration %1 n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the server&apos;s certificate is not trusted. No data was sent.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: le certificat du serveur n’est pas approuvé. Aucune donnée n’a été envoyée.</translation>
    </message>
    <message>
        <source>The configuration server %1 could not be found. Check the operator or server address and your connection.</source>
        <translation>Le serveur de configuration %1 est introuvable. Vérifiez l’opérateur ou l’adresse du serveur, ainsi que votre connexion.</translation>
    </message>
    <message>
        <source>Could not reach the configuration server %1. Check your connection and try again.</source>
        <translation>Impossible de joindre le serveur de configuration %1. Vérifiez votre connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Enter the phone number in international format, starting with + and the country code, for example +44 7700 900123.</source>
        <translation>Saisissez le numéro de téléphone au format international, en commençant par + et l’indicatif du pays, par exemple +44 7700 900123.</translation>
    </message>
    <message>
        <source>Enter a SIP address such as sip:alice@example.com.</source>
        <translation>Saisissez une adresse SIP telle que sip:alice@example.com.</translation>
    </message>
    <message>
        <source>The SIP address is too long: at most %1 characters are allowed.</source>
        <translation>L’adresse SIP est trop longue&#xa0;: %1 caractères au maximum sont autorisés.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your phone number</source>
        <translation>Votre numéro de téléphone</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code to that phone to check that it is yours.</source>
        <translation>Cet ordinateur partage l’identité de votre téléphone mobile. Votre opérateur envoie un code à ce téléphone pour vérifier qu’il vous appartient.</translation>
    </message>
    <message>
        <source>Link with:</source>
        <translation>Associer avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>Numéro de &amp;téléphone</translation>
    </message>
    <message>
        <source>&amp;SIP address</source>
        <translation>Adresse S&amp;IP</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Code from your provider:</source>
        <translation>&amp;Code de votre fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Code from your provider</source>
        <translation>Code de votre fournisseur</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>N&amp;uméro de téléphone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, spdc needs a Secret Service such as GNOME Keyring or KWallet running in your session.</source>
        <translation>Aucun trousseau n’est disponible. Sous Linux, spdc a besoin d’un Secret Service tel que GNOME Keyring ou KWallet actif dans votre session.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain and allow spdc to use it, then try again.</source>
        <translation>L’accès au trousseau a été refusé. Déverrouillez votre trousseau et autorisez spdc à l’utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Make sure it is running and unlocked, then try again.</source>
        <translation>Impossible d’utiliser le trousseau. Vérifiez qu’il est lancé et déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be locked and waiting for a password.</source>
        <translation>Le trousseau n’a pas répondu. Il est peut-être verrouillé et attend un mot de passe.</translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Linking</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer. Keep your phone at hand: a code is sent to it.</source>
        <translation>spdc demande à votre opérateur la configuration de cet ordinateur. Gardez votre téléphone à portée de main&#xa0;: un code va lui être envoyé.</translation>
    </message>
    <message>
        <source>Linking progress</source>
        <translation>Progression de l’association</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Use another number</source>
        <translation>Utiliser un autre &amp;numéro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Reading your account from the keychain…</source>
        <translation>Lecture de votre compte dans le trousseau…</translation>
    </message>
    <message>
        <source>No account is linked yet</source>
        <translation>Aucun compte n’est encore associé</translation>
    </message>
    <message>
        <source>Link this computer to your mobile phone number to receive its configuration from your operator.</source>
        <translation>Associez cet ordinateur à votre numéro de mobile pour recevoir sa configuration de votre opérateur.</translation>
    </message>
    <message>
        <source>&amp;Link an account…</source>
        <translation>&amp;Associer un compte…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Version de la configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Switch to another of your accounts</source>
        <translation>Passer à un autre de vos comptes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>Ask your operator for the current configuration of this account</source>
        <translation>Demander à votre opérateur la configuration actuelle de ce compte</translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove this account and everything stored for it from this computer</source>
        <translation>Supprimer de cet ordinateur ce compte et tout ce qui est enregistré pour lui</translation>
    </message>
    <message>
        <source>R&amp;eset…</source>
        <translation>Réi&amp;nitialiser…</translation>
    </message>
    <message>
        <source>Remove this account&apos;s configuration, keeping it as a backup</source>
        <translation>Supprimer la configuration de ce compte en la conservant comme sauvegarde</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Mises à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by name or value</source>
        <translation>Filtrer par nom ou par valeur</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>Filtrer la configuration</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>R&amp;eset account…</source>
        <translation>Réi&amp;nitialiser le compte…</translation>
    </message>
    <message>
        <source>Start spdc when I &amp;log in</source>
        <translation>Lancer spdc à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>Ans&amp;wer your operator&apos;s message…</source>
        <translation>Répon&amp;dre au message de votre opérateur…</translation>
    </message>
    <message>
        <source>Checking with your operator</source>
        <translation>Vérification auprès de votre opérateur en cours</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Stop the check with your operator; nothing changes on this computer</source>
        <translation>Arrêter la vérification auprès de votre opérateur&#xa0;; rien ne change sur cet ordinateur</translation>
    </message>
    <message>
        <source>Con&amp;figuration from your operator:</source>
        <translation>Con&amp;figuration de votre opérateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NameConflictDialog</name>
    <message>
        <source>Choose another name</source>
        <translation>Choisir un autre nom</translation>
    </message>
    <message>
        <source>&amp;Name for this computer:</source>
        <translation>&amp;Nom de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Nouveau nom de l’appareil</translation>
    </message>
</context>
<context>
    <name>OperatorDatabase</name>
    <message>
        <source>The list of operators could not be read. Enter the configuration server address instead.</source>
        <translation>La liste des opérateurs n’a pas pu être lue. Saisissez plutôt l’adresse du serveur de configuration.</translation>
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
        <translation>Saisir le code</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code reçu par SMS</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Envoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>Asking for a new code</source>
        <translation>Demande d’un nouveau code</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>&amp;Modifier le numéro</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter the number with its country code, starting with +, or choose your operator so the country is known.</source>
        <translation>Saisissez le numéro avec l’indicatif du pays, en commençant par +, ou choisissez votre opérateur pour que le pays soit connu.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Enter it with its country code, for example +44 7700 900123.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Saisissez-le avec l’indicatif du pays, par exemple +44 7700 900123.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The stored account data is damaged and cannot be read.</source>
        <translation>Les données enregistrées du compte sont endommagées et illisibles.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The account data in the keychain is incomplete or damaged. Nothing was changed; link the account again to repair it.</source>
        <translation>Les données du compte dans le trousseau sont incomplètes ou endommagées. Rien n’a été modifié&#xa0;; associez à nouveau le compte pour le réparer.</translation>
    </message>
    <message>
        <source>The keychain is locked: it does not show the account&apos;s stored data. Unlock it (for example with your desktop&apos;s password manager), then try again. Nothing was changed.</source>
        <translation>Le trousseau est verrouillé&#xa0;: il ne montre pas les données enregistrées du compte. Déverrouillez-le (par exemple avec le gestionnaire de mots de passe de votre bureau), puis réessayez. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDocument</name>
    <message>
        <source>The server sent an empty configuration document.</source>
        <translation>Le serveur a envoyé un document de configuration vide.</translation>
    </message>
    <message>
        <source>The configuration document from the server is too large.</source>
        <translation>Le document de configuration du serveur est trop volumineux.</translation>
    </message>
    <message>
        <source>The configuration document from the server is not valid XML.</source>
        <translation>Le document de configuration du serveur n’est pas un XML valide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a configuration document.</source>
        <translation>La réponse du serveur n’est pas un document de configuration.</translation>
    </message>
    <message>
        <source>The configuration document from the server contains a document type declaration, which is not accepted.</source>
        <translation>Le document de configuration du serveur contient une déclaration de type de document, ce qui n’est pas accepté.</translation>
    </message>
    <message>
        <source>The configuration document from the server is nested too deeply.</source>
        <translation>Le document de configuration du serveur est trop profondément imbriqué.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Linked</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Your operator has sent the configuration for this computer.</source>
        <translation>Votre opérateur a envoyé la configuration de cet ordinateur.</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Version de la configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>The configuration is stored in your keychain. Click Finish to see it.</source>
        <translation>La configuration est enregistrée dans votre trousseau. Cliquez sur «&#xa0;Terminer&#xa0;» pour l’afficher.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>an older TLS version</source>
        <translation>version plus ancienne de TLS</translation>
    </message>
    <message>
        <source>Qt found no usable TLS backend (it loads OpenSSL 3 at run time; install libssl3). Nothing can be fetched securely.</source>
        <translation>Qt n’a trouvé aucun backend TLS utilisable (il charge OpenSSL 3 à l’exécution&#xa0;; installez libssl3). Rien ne peut être récupéré de façon sécurisée.</translation>
    </message>
    <message>
        <source>cannot listen on the loopback interface: %1</source>
        <translation>impossible d’écouter sur l’interface de bouclage&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>aucune réponse en %1 secondes</translation>
    </message>
    <message>
        <source>%1 (%2) is present, but a TLS handshake on loopback failed: %3</source>
        <translation>%1 (%2) est présent, mais une négociation TLS sur l’interface de bouclage a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>unexpected data</source>
        <translation>données inattendues</translation>
    </message>
    <message>
        <source>%1 (Qt backend &quot;%2&quot;); a %3 handshake with a test certificate on loopback succeeded</source>
        <translation>%1 (backend Qt «&#xa0;%2&#xa0;»)&#xa0;; négociation (%3) réussie avec un certificat de test sur l’interface de bouclage</translation>
    </message>
    <message>
        <source>writing a test item failed: %1</source>
        <translation>échec de l’écriture d’un élément de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the test item back failed: %1</source>
        <translation>échec de la relecture de l’élément de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>the test item read back differs from what was written</source>
        <translation>l’élément de test relu diffère de celui qui a été écrit</translation>
    </message>
    <message>
        <source>deleting the test item failed: %1</source>
        <translation>échec de la suppression de l’élément de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>a test item was written, read back and deleted (service %1)</source>
        <translation>un élément de test a été écrit, relu et supprimé (service %1)</translation>
    </message>
    <message>
        <source>%1 (%2). Install mobile-broadband-provider-info.</source>
        <translation>%1 (%2). Installez mobile-broadband-provider-info.</translation>
    </message>
    <message>
        <source>%1 operators with network codes in %2 countries (%3)</source>
        <translation>%1 opérateurs avec codes de réseau dans %2 pays (%3)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>operator database</source>
        <translation>base des opérateurs</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>self-test failed: %1.</source>
        <translation>échec de l’autotest&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not make a test certificate (%1).</source>
        <translation>Impossible de créer un certificat de test (%1).</translation>
    </message>
    <message>
        <source>Qt could not load the test certificate it just made.</source>
        <translation>Qt n’a pas pu charger le certificat de test qu’il vient de créer.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The operator code must be the 3-digit country code (MCC) followed by the 2- or 3-digit network code (MNC), for example 23415.</source>
        <translation>Le code opérateur doit être l’indicatif de pays à 3 chiffres (MCC) suivi du code de réseau à 2 ou 3 chiffres (MNC), par exemple 23415.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL, for example https://config.example.com/.</source>
        <translation>L’adresse du serveur doit être une URL https://, par exemple https://config.example.com/.</translation>
    </message>
</context>
<context>
    <name>ServerMessageDialog</name>
    <message>
        <source>A message from your operator:</source>
        <translation>Un message de votre opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Message from your operator</source>
        <translation>Message de votre opérateur</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your operator</source>
        <translation>Votre opérateur</translation>
    </message>
    <message>
        <source>The configuration for this computer comes from your mobile operator&apos;s configuration server.</source>
        <translation>La configuration de cet ordinateur provient du serveur de configuration de votre opérateur mobile.</translation>
    </message>
    <message>
        <source>O&amp;ther server…</source>
        <translation>&amp;Autre serveur…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://config.example.com/</source>
        <translation>https://config.example.com/</translation>
    </message>
    <message>
        <source>Only if your operator or IT department gave you an https:// address.</source>
        <translation>Uniquement si votre opérateur ou votre service informatique vous a donné une adresse https://.</translation>
    </message>
    <message>
        <source>My &amp;operator:</source>
        <translation>M&amp;on opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Search operators</source>
        <translation>Rechercher des opérateurs</translation>
    </message>
    <message>
        <source>Type an operator&apos;s name, a country or the MCC and MNC; the arrow keys choose in the list.</source>
        <translation>Tapez le nom d’un opérateur, un pays ou le MCC et le MNC&#xa0;; les touches fléchées permettent de choisir dans la liste.</translation>
    </message>
    <message>
        <source>Search by operator, country or MCC MNC</source>
        <translation>Rechercher par opérateur, pays ou MCC MNC</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>The address of its configuration server follows from the operator&apos;s codes (MCC and MNC).</source>
        <translation>L’adresse de son serveur de configuration découle des codes de l’opérateur (MCC et MNC).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false.</translation>
    </message>
    <message>
        <source>The CA file must be given with an absolute path, not &quot;%1&quot;.</source>
        <translation>Le fichier d’AC doit être indiqué par un chemin absolu, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The device type must be PC, Tablet or Other, not &quot;%1&quot;.</source>
        <translation>Le type d’appareil doit être PC, Tablet ou Other, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>Le nom de l’appareil dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Paramètre inconnu.</translation>
    </message>
    <message>
        <source>%1: %2: %3 The value is ignored.</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 La valeur est ignorée.</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false; the flag is ignored.</source>
        <translation>%1&#xa0;: %2 doit valoir true ou false&#xa0;; l’indicateur est ignoré.</translation>
    </message>
    <message>
        <source>There is no user settings file to write to.</source>
        <translation>Il n’y a pas de fichier de paramètres utilisateur dans lequel écrire.</translation>
    </message>
    <message>
        <source>This setting is managed by your organisation and cannot be changed.</source>
        <translation>Ce paramètre est géré par votre organisation et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1&#xa0;: illisible.</translation>
    </message>
    <message>
        <source>%1: is not a valid settings file.</source>
        <translation>%1&#xa0;: n’est pas un fichier de paramètres valide.</translation>
    </message>
    <message>
        <source>%1: %2 names no setting; it is ignored.</source>
        <translation>%1&#xa0;: %2 ne désigne aucun paramètre&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be locked; the flag is ignored.</source>
        <translation>%1&#xa0;: %2 ne peut pas être verrouillé&#xa0;; l’indicateur est ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 is not a setting of spdc; it is ignored.</source>
        <translation>%1&#xa0;: %2 n’est pas un paramètre de spdc&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be set by policy; it is ignored.</source>
        <translation>%1&#xa0;: %2 ne peut pas être défini par une stratégie&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 is ignored: custom servers are not allowed.</source>
        <translation>%1&#xa0;: %2 est ignoré&#xa0;: les serveurs personnalisés ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>Your organisation does not allow other configuration servers; choose an operator instead.</source>
        <translation>Votre organisation n’autorise pas d’autres serveurs de configuration&#xa0;; choisissez plutôt un opérateur.</translation>
    </message>
    <message>
        <source>The configuration server is managed by your organisation and cannot be changed.</source>
        <translation>Le serveur de configuration est géré par votre organisation et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The trusted certificate authority is managed by your organisation and cannot be changed.</source>
        <translation>L’autorité de certification de confiance est gérée par votre organisation et ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>(empty: the host name, %1)</source>
        <translation>(vide&#xa0;: le nom d’hôte, %1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>locked: managed by your organisation</source>
        <translation>verrouillé&#xa0;: géré par votre organisation</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Read from (strongest first):</source>
        <translation>Lu depuis (le plus prioritaire en premier)&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>[settings] group</source>
        <translation>groupe [settings]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use: spdc-cli settings set KEY VALUE, or spdc-cli settings reset KEY.</source>
        <translation>Utilisation : spdc-cli settings set CLÉ VALEUR, ou spdc-cli settings reset CLÉ.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Il n’existe pas de paramètre « %1 ». Les paramètres sont : %2.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be written.</source>
        <translation>Votre fichier de paramètres %1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d’AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Links this computer to a mobile operator identity (GSMA RCC.14).</source>
        <translation>Associe cet ordinateur à une identité d’opérateur mobile (GSMA RCC.14).</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Démarrer avec la fenêtre réduite.</translation>
    </message>
    <message>
        <source>No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start spdc from a desktop session, or use spdc-cli in a terminal.</source>
        <translation>Aucun affichage graphique n’a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies). Lancez spdc depuis une session de bureau, ou utilisez spdc-cli dans un terminal.</translation>
    </message>
</context>
<context>
    <name>spdc::AccountQuery</name>
    <message>
        <source>Your operator&apos;s server is busy. Trying again in %1…</source>
        <translation>Le serveur de votre opérateur est occupé. Nouvel essai dans %1…</translation>
    </message>
    <message>
        <source>Asking your operator…</source>
        <translation>Interrogation de votre opérateur…</translation>
    </message>
    <message>
        <source>Your operator asks for a code sent to your phone.</source>
        <translation>Votre opérateur demande un code envoyé à votre téléphone.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Another device uses this computer&apos;s name.</source>
        <translation>Un autre appareil utilise le nom de cet ordinateur.</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Enregistrement dans votre trousseau…</translation>
    </message>
    <message>
        <source>Your operator&apos;s message is waiting for your answer.</source>
        <translation>Le message de votre opérateur attend votre réponse.</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;.</source>
        <translation>Un autre appareil utilise déjà le nom «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>spdc::AccountSwitcher</name>
    <message>
        <source>Configured, expires %1</source>
        <extracomment>%1 e.g. &quot;in 20 days&quot;</extracomment>
        <translation>Configuré, expire %1</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <extracomment>%1 e.g. &quot;2 days ago&quot;</extracomment>
        <translation>Expiré %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Waiting for your answer to the operator&apos;s message</source>
        <translation>En attente de votre réponse au message de l’opérateur</translation>
    </message>
    <message>
        <source>Disabled by the operator</source>
        <translation>Désactivé par l’opérateur</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; last attempt failed: %2</source>
        <extracomment>%1 e.g. &quot;Expired 2 days ago&quot;, %2 the reason</extracomment>
        <translation>%1&#xa0;; échec de la dernière tentative&#xa0;: %2</translation>
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
        <translation>URI SIP de l’identité (link).</translation>
    </message>
    <message>
        <source>The operator&apos;s MCC and MNC, e.g. 23415 (link).</source>
        <translation>MCC et MNC de l’opérateur, par ex. 23415 (link).</translation>
    </message>
    <message>
        <source>A name for this device, at most 30 characters (link).</source>
        <translation>Un nom pour cet appareil, 30 caractères au maximum (link).</translation>
    </message>
    <message>
        <source>PC, Tablet or Other (link; default PC or your organisation&apos;s).</source>
        <translation>PC, Tablet ou Other (link&#xa0;; par défaut PC ou la valeur de votre organisation).</translation>
    </message>
    <message>
        <source>A code from your provider for a dedicated identity (link, §2.6).</source>
        <translation>Un code de votre fournisseur pour une identité dédiée (link, §2.6).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Too many arguments for %1.</source>
        <translation>Trop d’arguments pour %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation>L’option --%1 ne s’applique pas à %2.</translation>
    </message>
    <message>
        <source>Run &apos;spdc-cli --help&apos; for the commands and options.</source>
        <translation>Lancez &apos;spdc-cli --help&apos; pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>link needs exactly one of --msisdn or --sip-uri.</source>
        <translation>link exige exactement une des options --msisdn ou --sip-uri.</translation>
    </message>
    <message>
        <source>%1 is managed by your organisation and cannot be changed.</source>
        <translation>%1&#xa0;: ce paramètre est géré par votre organisation et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Adding accounts is not allowed here: this setting is managed by your organisation.</source>
        <translation>L’ajout de comptes n’est pas autorisé ici&#xa0;: ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>link needs --operator MCCMNC or --server URL.</source>
        <translation>link exige --operator MCCMNC ou --server URL.</translation>
    </message>
    <message>
        <source>--device-type must be PC, Tablet or Other.</source>
        <translation>--device-type doit valoir PC, Tablet ou Other.</translation>
    </message>
    <message>
        <source>The device type</source>
        <translation>Type d’appareil</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1; nothing was sent.</source>
        <translation>La configuration précédente de %1 a été restaurée&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Enter the OTP (the one-time code sent by SMS to %1):</source>
        <translation>Saisissez l’OTP (le code à usage unique envoyé par SMS au %1)&#xa0;:</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>Aucun code n’a été saisi.</translation>
    </message>
    <message>
        <source>Enter another name for this device (at most 30 characters):</source>
        <translation>Saisissez un autre nom pour cet appareil (30 caractères au maximum)&#xa0;:</translation>
    </message>
    <message>
        <source>No other device name was given.</source>
        <translation>Aucun autre nom d’appareil n’a été indiqué.</translation>
    </message>
    <message>
        <source>Look at your phone: the code arrives as a normal text message.</source>
        <translation>Regardez votre téléphone&#xa0;: le code arrive sous forme de SMS normal.</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;.</source>
        <translation>Un autre appareil utilise déjà le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The configuration server is busy; waiting %n second(s) before trying again…</source>
        <translation>
            <numerusform>Le serveur de configuration est occupé&#xa0;; nouvel essai dans %n seconde…</numerusform>
            <numerusform>Le serveur de configuration est occupé&#xa0;; nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type accept or reject:</source>
        <translation>Tapez accept (accepter) ou reject (refuser)&#xa0;:</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accepter</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>Linked %1: configuration version %2, valid until %3.</source>
        <translation>Compte %1 associé&#xa0;: version de configuration %2, valable jusqu’au %3.</translation>
    </message>
    <message>
        <source>No account is linked yet.</source>
        <translation>Aucun compte n’est encore associé.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message>
        <source>use needs the account to switch to.</source>
        <translation>use exige le compte vers lequel basculer.</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Basculé vers %1.</translation>
    </message>
    <message>
        <source>remove needs the account to remove.</source>
        <translation>remove exige le compte à supprimer.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Removed %1 and everything stored for it.</source>
        <translation>%1 et tout ce qui était enregistré pour ce compte ont été supprimés.</translation>
    </message>
    <message>
        <source>reset needs the account to reset.</source>
        <translation>reset exige le compte à réinitialiser.</translation>
    </message>
    <message>
        <source>Reset %1: its configuration was removed and kept as a backup.</source>
        <translation>Compte %1 réinitialisé&#xa0;: sa configuration a été supprimée et conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>No account is linked yet. Link one with: spdc-cli link --msisdn +447700900123 --operator 23415</source>
        <translation>Aucun compte n’est encore associé. Associez-en un avec&#xa0;: spdc-cli link --msisdn +447700900123 --operator 23415</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>Compte&#xa0;:           %1</translation>
    </message>
    <message>
        <source>State:       %1</source>
        <translation>État&#xa0;:             %1</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Version&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valable jusqu’au&#xa0;: %1</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Token:       %1</source>
        <translation>Jeton&#xa0;:            %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>present, expires %1</source>
        <translation>présent, expire le %1</translation>
    </message>
    <message>
        <source>present, no expiry</source>
        <translation>présent, sans expiration</translation>
    </message>
    <message>
        <source>Failures:    %1</source>
        <translation>Échecs&#xa0;:           %1</translation>
    </message>
    <message>
        <source>Last error:  %1</source>
        <translation>Dernière erreur&#xa0;:  %1</translation>
    </message>
    <message>
        <source>The account %1 has no stored configuration.</source>
        <translation>Le compte %1 n’a aucune configuration enregistrée.</translation>
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
        <translation>Associe cet ordinateur à une identité d’opérateur mobile (GSMA RCC.14).

Commandes&#xa0;:
  link (--msisdn E164 | --sip-uri URI) [--operator MCCMNC] [--friendly-name NOM]
       [--device-type PC|Tablet|Other] [--otp CODE]
                         Associer un compte&#xa0;; demande le code envoyé à votre
                         téléphone.
  refresh [COMPTE]       Interroger le serveur maintenant, avec la version et le
                         jeton enregistrés.
  accounts [--json]      Lister les comptes enregistrés&#xa0;; * marque le compte
                         actif.
  use COMPTE             Basculer vers un compte enregistré et interroger son
                         serveur, sans poser de question.
  remove COMPTE          Supprimer un compte et tout ce qui est enregistré pour
                         lui.
  reset COMPTE           Supprimer la configuration d’un compte en la conservant
                         comme sauvegarde.
  settings [--json]      Valeur effective de chaque paramètre et sa provenance.
  settings set CLÉ VALEUR | settings reset CLÉ
                         Modifier ou retirer votre propre valeur d’un paramètre.
  self-test              Vérifier TLS, le trousseau et la base des opérateurs.
  status [COMPTE] [--json]
                         Afficher l’état d’un compte. N’envoie aucune requête.
  show [COMPTE] [--xml]  Afficher la configuration enregistrée.

Codes de sortie&#xa0;: 0 OK, 1 utilisation ou saisie non valide, 2 interdit (403), 3 échec de l’authentification (511), 4 erreur du serveur ou du réseau, 5 désactivé par le serveur, 6 message du serveur refusé, 7 trousseau indisponible, 8 nom d’appareil déjà utilisé.</translation>
    </message>
    <message>
        <source>(hidden: kept secret in your keychain)</source>
        <translation>(masqué&#xa0;: reste secret dans votre trousseau)</translation>
    </message>
    <message>
        <source>%1 is not the active account, and no request is sent for a stored account. Switch to it with: spdc-cli use %1</source>
        <translation>Le compte %1 n’est pas le compte actif, et aucune requête n’est envoyée pour un compte enregistré. Passez à ce compte avec&#xa0;: spdc-cli use %1</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup.</source>
        <translation>La configuration précédente du compte %1 a été restaurée à partir de sa sauvegarde.</translation>
    </message>
    <message>
        <source>Not the active account: switch to it with &quot;spdc-cli use %1&quot; to see its details.</source>
        <translation>Ce n’est pas le compte actif&#xa0;: passez à ce compte avec «&#xa0;spdc-cli use %1&#xa0;» pour voir ses détails.</translation>
    </message>
    <message>
        <source>%1 is not the active account: its configuration is shown only while it is active. Switch to it with: spdc-cli use %1</source>
        <translation>Le compte %1 n’est pas le compte actif&#xa0;: sa configuration n’est affichée que lorsqu’il est actif. Passez à ce compte avec&#xa0;: spdc-cli use %1</translation>
    </message>
    <message>
        <source>Phone number in E.164 form, or national with --operator (link).</source>
        <translation>Numéro de téléphone au format E.164, ou national avec --operator (link).</translation>
    </message>
    <message>
        <source>Machine-readable output (status, accounts, settings).</source>
        <translation>Sortie lisible par machine (status, accounts, settings).</translation>
    </message>
    <message>
        <source>The document byte for byte as received, its token included (show).</source>
        <translation>Le document octet pour octet tel que reçu, jeton compris (show).</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Une des commandes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>spdc::DevicePage</name>
    <message>
        <source>The device name and type are managed by your organisation.</source>
        <translation>Le nom et le type de l’appareil sont gérés par votre organisation.</translation>
    </message>
    <message>
        <source>The device name is managed by your organisation.</source>
        <translation>Le nom de l’appareil est géré par votre organisation.</translation>
    </message>
    <message>
        <source>The device type is managed by your organisation.</source>
        <translation>Le type d’appareil est géré par votre organisation.</translation>
    </message>
    <message>
        <source>Optional. %1 of %2 characters.</source>
        <translation>Facultatif. %1 caractères sur %2.</translation>
    </message>
</context>
<context>
    <name>spdc::IdentityPage</name>
    <message>
        <source>Adding accounts is not allowed here: this setting is managed by your organisation.</source>
        <translation>L’ajout de comptes n’est pas autorisé ici&#xa0;: ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+44 7700 900123</translation>
    </message>
    <message>
        <source>In international format: + and the country code, then the number.</source>
        <translation>Au format international&#xa0;: + et l’indicatif du pays, puis le numéro.</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Adresse SIP&#xa0;:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Adresse SIP</translation>
    </message>
    <message>
        <source>sip:alice@example.com</source>
        <translation>sip:alice@example.com</translation>
    </message>
    <message>
        <source>The SIP address your operator gave you, at most %1 characters.</source>
        <translation>L’adresse SIP que votre opérateur vous a donnée, %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>At most %1 characters; spaces and dashes do not count.</source>
        <translation>%1 caractères au maximum&#xa0;; les espaces et les tirets ne comptent pas.</translation>
    </message>
    <message>
        <source>This device&apos;s identity</source>
        <translation>Identité de cet appareil</translation>
    </message>
    <message>
        <source>Enter the phone number or SIP address your provider gave this device, and the code that came with it.</source>
        <translation>Saisissez le numéro de téléphone ou l’adresse SIP que votre fournisseur a attribué à cet appareil, ainsi que le code qui l’accompagnait.</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Votre numéro de téléphone</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code to that phone to check that it is yours.</source>
        <translation>Cet ordinateur partage l’identité de votre téléphone mobile. Votre opérateur envoie un code à ce téléphone pour vérifier qu’il vous appartient.</translation>
    </message>
    <message>
        <source>As you would dial it in %1, or with + and the country code.</source>
        <extracomment>%1 is a country name, from the operator chosen on the previous page</extracomment>
        <translation>Au format national (%1) ou avec + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Will send: %1</source>
        <extracomment>%1 is the phone number or SIP address as it will be sent to the operator</extracomment>
        <translation>Sera envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>N&amp;uméro de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Will send: %1 (%2)</source>
        <extracomment>%1 is the phone number exactly as sent (E.164, e.g. +4915123456789), %2 the same number written for people (+49 1512 3456789)</extracomment>
        <translation>Sera envoyé&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>spdc::LinkingPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Contacting your operator…</source>
        <translation>Connexion à votre opérateur…</translation>
    </message>
    <message>
        <source>Waiting for the code…</source>
        <translation>En attente du code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Choose another name for this computer.</source>
        <translation>Choisissez un autre nom pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Enregistrement dans votre trousseau…</translation>
    </message>
    <message>
        <source>Your operator has a message for you.</source>
        <translation>Votre opérateur a un message pour vous.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Associé.</translation>
    </message>
    <message>
        <source>Linking did not succeed.</source>
        <translation>L’association a échoué.</translation>
    </message>
    <message>
        <source>Your operator&apos;s server is busy. Trying again in %1…</source>
        <translation>Le serveur de votre opérateur est occupé. Nouvel essai dans %1…</translation>
    </message>
    <message>
        <source>Use Back to change your answers.</source>
        <translation>Utilisez «&#xa0;Précédent&#xa0;» pour modifier vos réponses.</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer, with the code from your provider.</source>
        <translation>spdc demande à votre opérateur la configuration de cet ordinateur, avec le code de votre fournisseur.</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer. Keep your phone at hand: a code is sent to it.</source>
        <translation>spdc demande à votre opérateur la configuration de cet ordinateur. Gardez votre téléphone à portée de main&#xa0;: un code va lui être envoyé.</translation>
    </message>
    <message>
        <source>Sending the code to your operator…</source>
        <translation>Envoi du code à votre opérateur…</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;. Choose another name for this computer.</source>
        <translation>Un autre appareil utilise déjà le nom «&#xa0;%1&#xa0;». Choisissez un autre nom pour cet ordinateur.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code your provider gave you and enter it again.</source>
        <translation>Le code n’a pas été accepté. Vérifiez le code que votre fournisseur vous a donné et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Change the &amp;code</source>
        <translation>Modifier le &amp;code</translation>
    </message>
    <message>
        <source>&amp;Use another number</source>
        <translation>Utiliser un autre &amp;numéro</translation>
    </message>
    <message>
        <source>&amp;Use another address</source>
        <translation>Utiliser une autre a&amp;dresse</translation>
    </message>
</context>
<context>
    <name>spdc::MainWindow</name>
    <message>
        <source>Adding accounts is managed by your organisation.</source>
        <translation>L’ajout de comptes est géré par votre organisation.</translation>
    </message>
    <message>
        <source>Link this computer to your mobile phone number to receive its configuration from your operator.</source>
        <translation>Associez cet ordinateur à votre numéro de mobile pour recevoir sa configuration de votre opérateur.</translation>
    </message>
    <message>
        <source>Ask your IT department to set up spdc.</source>
        <translation>Demandez à votre service informatique de configurer spdc.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the device name, %2 its type (PC, Tablet or Other)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stored configuration could not be read.</source>
        <translation>La configuration enregistrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 The account stays linked; its configuration is shown once the keychain can be read.</source>
        <translation>%1 Le compte reste associé&#xa0;; sa configuration s’affichera dès que le trousseau pourra être lu.</translation>
    </message>
    <message>
        <source>Unknown: the keychain cannot be read</source>
        <translation>Inconnu&#xa0;: le trousseau ne peut pas être lu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No configuration yet</source>
        <translation>Pas encore de configuration</translation>
    </message>
    <message>
        <source>Managed by your organisation: adding accounts is not allowed on this computer.</source>
        <translation>Géré par votre organisation&#xa0;: l’ajout de comptes n’est pas autorisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 The states of your other accounts are shown once the keychain can be read.</source>
        <translation>%1 L’état de vos autres comptes s’affichera dès que le trousseau pourra être lu.</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup; nothing was sent to your operator.</source>
        <translation>La configuration précédente de %1 a été restaurée depuis sa sauvegarde&#xa0;; rien n’a été envoyé à votre opérateur.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking your operator…</source>
        <translation>Interrogation de votre opérateur…</translation>
    </message>
    <message>
        <source>Checked with your operator on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Vérifié auprès de votre opérateur le %1.</translation>
    </message>
    <message>
        <source>The check with your operator was cancelled.</source>
        <translation>La vérification auprès de votre opérateur a été annulée.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from this computer?</source>
        <translation>Supprimer %1 de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Its configuration, its token and its backups are deleted from your keychain. To use it again you link it again, with a new code sent to your phone.</source>
        <translation>Sa configuration, son jeton et ses sauvegardes sont supprimés de votre trousseau. Pour l’utiliser à nouveau, vous devrez l’associer de nouveau, avec un nouveau code envoyé à votre téléphone.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1 and everything stored for it.</source>
        <translation>%1 et tout ce qui était enregistré pour ce compte ont été supprimés.</translation>
    </message>
    <message>
        <source>Reset account</source>
        <translation>Réinitialiser le compte</translation>
    </message>
    <message>
        <source>Reset %1?</source>
        <translation>Réinitialiser %1&#xa0;?</translation>
    </message>
    <message>
        <source>Its configuration and token are removed from this computer and kept as a backup. Adding the account again restores the backup while it is still valid; otherwise a new code is sent to your phone.</source>
        <translation>Sa configuration et son jeton sont supprimés de cet ordinateur et conservés comme sauvegarde. Si vous ajoutez à nouveau le compte, la sauvegarde est restaurée tant qu’elle est valable&#xa0;; sinon, un nouveau code est envoyé à votre téléphone.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>%1 was not reset: %2</source>
        <translation>%1 n’a pas été réinitialisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The configuration was removed and kept as a backup.</source>
        <translation>La configuration a été supprimée et conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>Renewed automatically when it expires.</source>
        <translation>Renouvelée automatiquement à son expiration.</translation>
    </message>
    <message>
        <source>Nothing in the configuration matches &quot;%1&quot;.</source>
        <translation>Rien dans la configuration ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The token stays in your keychain: it is never copied.</source>
        <translation>Le jeton reste dans votre trousseau&#xa0;: il n’est jamais copié.</translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>Valeur de %1 copiée.</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup.</source>
        <translation>La configuration précédente du compte %1 a été restaurée à partir de sa sauvegarde.</translation>
    </message>
</context>
<context>
    <name>spdc::MessageLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>spdc::NameConflictDialog</name>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;Utiliser ce nom</translation>
    </message>
    <message>
        <source>Another of your devices already uses the name &quot;%1&quot; with your operator. Each device needs a name of its own.</source>
        <translation>Un autre de vos appareils utilise déjà le nom «&#xa0;%1&#xa0;» auprès de votre opérateur. Chaque appareil doit avoir son propre nom.</translation>
    </message>
    <message>
        <source>This is the name that is taken.</source>
        <translation>C’est le nom déjà utilisé.</translation>
    </message>
    <message>
        <source>%1 of %2 characters.</source>
        <translation>%1 caractères sur %2.</translation>
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
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
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
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1.</source>
        <translation>Nous avons envoyé un code par SMS au %1.</translation>
    </message>
    <message>
        <source>Your phone shows the code when it arrives. Type it here.</source>
        <translation>Votre téléphone affiche le code dès sa réception. Saisissez-le ici.</translation>
    </message>
    <message>
        <source>We sent a new code by SMS to %1.</source>
        <translation>Nous avons envoyé un nouveau code par SMS au %1.</translation>
    </message>
    <message>
        <source>Send a &amp;new code (%1 s)</source>
        <translation>Envoyer un &amp;nouveau code (%1 s)</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Envoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>Read the text message on your phone and type the code here.</source>
        <translation>Lisez le SMS sur votre téléphone et saisissez le code ici.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>&amp;Modifier le numéro</translation>
    </message>
    <message>
        <source>C&amp;hange address</source>
        <translation>&amp;Modifier l’adresse</translation>
    </message>
    <message>
        <source>The code may have expired. Send a new code, or change the number if it was wrong.</source>
        <translation>Le code a peut-être expiré. Envoyez un nouveau code ou modifiez le numéro s’il était erroné.</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Demande d’un nouveau code…</translation>
    </message>
    <message>
        <source>Waiting for your code: %1 left.</source>
        <extracomment>%1 is minutes and seconds, &quot;4:05&quot;</extracomment>
        <translation>En attente de votre code&#xa0;: il reste %1.</translation>
    </message>
</context>
<context>
    <name>spdc::ProvisioningFlow</name>
    <message>
        <source>The operator has switched off the service for this device for now. spdc will ask again the next time it starts.</source>
        <translation>L’opérateur a désactivé pour le moment le service pour cet appareil. spdc redemandera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The operator has switched off the service for this device permanently. Reset the account to ask again.</source>
        <translation>L’opérateur a désactivé définitivement le service pour cet appareil. Réinitialisez le compte pour redemander.</translation>
    </message>
    <message>
        <source>The operator has switched off the service for this device until you ask for it again with Refresh.</source>
        <translation>L’opérateur a désactivé le service pour cet appareil jusqu’à ce que vous le redemandiez avec «&#xa0;Actualiser&#xa0;».</translation>
    </message>
    <message>
        <source>The operator has paused the service for this device. spdc will ask again when the configuration expires.</source>
        <translation>L’opérateur a suspendu le service pour cet appareil. spdc redemandera à l’expiration de la configuration.</translation>
    </message>
    <message>
        <source>Enter a phone number or a SIP address.</source>
        <translation>Saisissez un numéro de téléphone ou une adresse SIP.</translation>
    </message>
    <message>
        <source>Choose your operator or enter the https:// address of its configuration server.</source>
        <translation>Choisissez votre opérateur ou saisissez l’adresse https:// de son serveur de configuration.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters are allowed.</source>
        <translation>Le nom de l’appareil est trop long&#xa0;: %1 caractères au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The code must be 1 to %1 characters long.</source>
        <translation>Le code doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Enter the code from the text message: 1 to %1 characters.</source>
        <translation>Saisissez le code reçu par SMS&#xa0;: de 1 à %1 caractères.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s).</source>
        <translation>
            <numerusform>Un nouveau code pourra être envoyé dans %n seconde.</numerusform>
            <numerusform>Un nouveau code pourra être envoyé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a device name of 1 to %1 characters.</source>
        <translation>Saisissez un nom d’appareil de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>You declined the operator&apos;s message; the service is not set up.</source>
        <translation>Vous avez refusé le message de l’opérateur&#xa0;; le service n’est pas configuré.</translation>
    </message>
    <message>
        <source>The operator&apos;s message is still waiting for your answer.</source>
        <translation>Le message de l’opérateur attend toujours votre réponse.</translation>
    </message>
    <message>
        <source>Linking was cancelled.</source>
        <translation>L’association a été annulée.</translation>
    </message>
    <message>
        <source>The operator refused %1: the number is not valid for this service or not allowed to link other devices. Check the number, or try another one.</source>
        <translation>L’opérateur a refusé %1&#xa0;: le numéro n’est pas valable pour ce service ou n’est pas autorisé à associer d’autres appareils. Vérifiez le numéro ou essayez-en un autre.</translation>
    </message>
    <message>
        <source>The operator could not authenticate this device.</source>
        <translation>L’opérateur n’a pas pu authentifier cet appareil.</translation>
    </message>
    <message>
        <source>The configuration server tried to send this device elsewhere. For your security the redirect was not followed.</source>
        <translation>Le serveur de configuration a tenté de rediriger cet appareil ailleurs. Pour votre sécurité, la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>The operator&apos;s configuration server had a problem (error %1). Your current configuration was kept; spdc will try again later.</source>
        <translation>Le serveur de configuration de l’opérateur a rencontré un problème (erreur %1). Votre configuration actuelle a été conservée&#xa0;; spdc réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The operator&apos;s configuration server is still busy. Try again later.</source>
        <translation>Le serveur de configuration de l’opérateur est toujours occupé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The configuration server sent an empty answer. Your current configuration was kept.</source>
        <translation>Le serveur de configuration a envoyé une réponse vide. Votre configuration actuelle a été conservée.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer is not a configuration document. Your current configuration was kept.</source>
        <translation>La réponse du serveur de configuration n’est pas un document de configuration. Votre configuration actuelle a été conservée.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer has no configuration version. Your current configuration was kept.</source>
        <translation>La réponse du serveur de configuration ne contient aucune version de configuration. Votre configuration actuelle a été conservée.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer does not match the configuration on this device. Your current configuration was kept.</source>
        <translation>La réponse du serveur de configuration ne correspond pas à la configuration de cet appareil. Votre configuration actuelle a été conservée.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code from your provider and try again.</source>
        <translation>Le code n’a pas été accepté. Vérifiez le code de votre fournisseur et réessayez.</translation>
    </message>
    <message>
        <source>The code was not accepted. Start again to have a new code sent.</source>
        <translation>Le code n’a pas été accepté. Recommencez pour recevoir un nouveau code.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer has no usable configuration version. Your current configuration was kept.</source>
        <translation>La réponse du serveur de configuration ne contient aucune version de configuration utilisable. Votre configuration actuelle a été conservée.</translation>
    </message>
    <message>
        <source>The operator no longer accepts this device&apos;s credentials for %1. Get a new code from your provider and link the account again with it.</source>
        <translation>L’opérateur n’accepte plus les identifiants de cet appareil pour %1. Demandez un nouveau code à votre fournisseur et associez de nouveau le compte avec celui-ci.</translation>
    </message>
</context>
<context>
    <name>spdc::RenewalScheduler</name>
    <message>
        <source>The operator has switched off the service for this device permanently. Reset the account to ask again.</source>
        <translation>L’opérateur a désactivé définitivement le service pour cet appareil. Réinitialisez le compte pour redemander.</translation>
    </message>
    <message>
        <source>spdc stopped asking after %1 failed attempts in a row. Use Refresh to try again.</source>
        <translation>spdc a cessé de demander après %1 tentatives infructueuses consécutives. Utilisez «&#xa0;Actualiser&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>The operator&apos;s message is waiting for your answer.</source>
        <translation>Le message de l’opérateur attend votre réponse.</translation>
    </message>
    <message>
        <source>The operator asked spdc to wait until you ask again.</source>
        <translation>L’opérateur a demandé à spdc d’attendre que vous redemandiez.</translation>
    </message>
    <message>
        <source>spdc will ask again the next time it starts.</source>
        <translation>spdc redemandera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The configuration is valid; nothing to ask.</source>
        <translation>La configuration est valable&#xa0;; rien à demander.</translation>
    </message>
</context>
<context>
    <name>spdc::ResultPage</name>
    <message>
        <source>%1 is now linked to %2.</source>
        <extracomment>%1 is &quot;This computer&quot;, &quot;This tablet&quot; or &quot;This device&quot;; %2 the phone number or SIP address</extracomment>
        <translation>%1 utilise maintenant l’identité %2.</translation>
    </message>
</context>
<context>
    <name>spdc::ServerMessageDialog</name>
    <message>
        <source>Message from your operator</source>
        <translation>Message de votre opérateur</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>If you decline, the services of this configuration are not set up on this computer.</source>
        <translation>Si vous refusez, les services de cette configuration ne seront pas configurés sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>spdc::ServerPage</name>
    <message>
        <source>The configuration server is managed by your organisation.</source>
        <translation>Le serveur de configuration est géré par votre organisation.</translation>
    </message>
    <message>
        <source>Other servers are not allowed: this setting is managed by your organisation.</source>
        <translation>Les autres serveurs ne sont pas autorisés&#xa0;: ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>Configuration server: %1</source>
        <translation>Serveur de configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operator %1 %2</source>
        <translation>Opérateur %1 %2</translation>
    </message>
    <message>
        <source>Choose your operator in the list.</source>
        <translation>Choisissez votre opérateur dans la liste.</translation>
    </message>
    <message>
        <source>No operator matches &quot;%1&quot;. Check the spelling, or choose &quot;Other server…&quot; below and enter the configuration server address your operator gave you.</source>
        <translation>Aucun opérateur ne correspond à «&#xa0;%1&#xa0;». Vérifiez l’orthographe, ou choisissez «&#xa0;Autre serveur…&#xa0;» ci-dessous et saisissez l’adresse du serveur de configuration que votre opérateur vous a donnée.</translation>
    </message>
</context>
<context>
    <name>spdc::SetupWizard</name>
    <message>
        <source>Link an account</source>
        <translation>Associer un compte</translation>
    </message>
</context>
</TS>
