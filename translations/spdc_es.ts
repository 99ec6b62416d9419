<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountManager</name>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>The start-at-login setting could not be saved: %1</source>
        <translation>No se pudo guardar el ajuste de inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>no se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Link this computer</source>
        <translation>Vincular este equipo</translation>
    </message>
    <message>
        <source>spdc sets this computer up with the services of your mobile operator. How does your operator know this device?</source>
        <translation>spdc configura este equipo con los servicios de su operador móvil. ¿Cómo reconoce su operador este dispositivo?</translation>
    </message>
    <message>
        <source>This device uses my &amp;phone number</source>
        <translation>Este dispositivo usa mi número de &amp;teléfono</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code by SMS to the phone to check that it is yours.</source>
        <translation>Este equipo comparte la identidad de su teléfono móvil. Su operador envía un código por SMS al teléfono para comprobar que es suyo.</translation>
    </message>
    <message>
        <source>I have a &amp;code from my provider for this device</source>
        <translation>Tengo un &amp;código de mi proveedor para este dispositivo</translation>
    </message>
    <message>
        <source>Your provider gave this device an identity of its own, with a code to type in here. No text message is sent.</source>
        <translation>Su proveedor asignó a este dispositivo una identidad propia, con un código que debe escribir aquí. No se envía ningún SMS.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTree</name>
    <message>
        <source>(hidden: kept secret in your keychain)</source>
        <translation>(oculto: se guarda en secreto en su llavero)</translation>
    </message>
    <message>
        <source>The token identifies this device to your operator.</source>
        <translation>El token identifica este dispositivo ante su operador.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Your operator may show this name in its list of your devices.</source>
        <translation>Su operador puede mostrar este nombre en la lista de sus dispositivos.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation>&amp;Tipo de dispositivo:</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Device na&amp;me:</source>
        <translation>No&amp;mbre del dispositivo:</translation>
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
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <source>moments ago</source>
        <translation>hace unos instantes</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is an amount of time, e.g. &quot;3 days&quot;</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sin caducidad</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <extracomment>%1 is a date and time, %2 e.g. &quot;2 days ago&quot;</extracomment>
        <translation>%1 (caducó %2)</translation>
    </message>
    <message>
        <source>%1 (expires %2)</source>
        <extracomment>%1 is a date and time, %2 e.g. &quot;in 20 days&quot;</extracomment>
        <translation>%1 (caduca %2)</translation>
    </message>
    <message>
        <source>Not configured yet</source>
        <translation>Aún no configurado</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Expired: the configuration needs to be renewed</source>
        <translation>Caducado: hay que renovar la configuración</translation>
    </message>
    <message>
        <source>Waiting for you to answer a message</source>
        <translation>Esperando su respuesta a un mensaje</translation>
    </message>
    <message>
        <source>Switched off by the operator for now</source>
        <translation>Desactivado temporalmente por el operador</translation>
    </message>
    <message>
        <source>Switched off by the operator permanently</source>
        <translation>Desactivado permanentemente por el operador</translation>
    </message>
    <message>
        <source>Switched off until you link it again</source>
        <translation>Desactivado hasta que lo vuelva a vincular</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>Failed: the last attempt did not succeed</source>
        <translation>Error: el último intento no tuvo éxito</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tableta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Esta tableta</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
</context>
<context>
    <name>FrontendOptions</name>
    <message>
        <source>Use the configuration server at &lt;url&gt; instead of the operator&apos;s.</source>
        <translation>Usar el servidor de configuración de &lt;url&gt; en lugar del servidor del operador.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in &lt;pem&gt; (added to the system roots).</source>
        <translation>Confiar también en los certificados de CA de &lt;pem&gt; (se añaden a las raíces del sistema).</translation>
    </message>
    <message>
        <source>Language of the interface and of the server&apos;s messages, e.g. de-DE.</source>
        <translation>Idioma de la interfaz y de los mensajes del servidor, p. ej. es-ES.</translation>
    </message>
    <message>
        <source>Unknown language tag &quot;%1&quot;. Use a tag such as en-GB or de-DE.</source>
        <translation>Etiqueta de idioma «%1» desconocida. Use una etiqueta como en-GB o es-ES.</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server sent an answer that is far too large to be a configuration.</source>
        <translation>El servidor envió una respuesta demasiado grande para ser una configuración.</translation>
    </message>
    <message>
        <source>The configuration server %1 did not answer in time. Check your connection and try again.</source>
        <translation>El servidor de configuración %1 no respondió a tiempo. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the server&apos;s certificate is not trusted. No data was sent.</source>
        <translation>Falló la conexión segura con %1: el certificado del servidor no es de confianza. No se envió ningún dato.</translation>
    </message>
    <message>
        <source>The configuration server %1 could not be found. Check the operator or server address and your connection.</source>
        <translation>No se encontró el servidor de configuración %1. Compruebe el operador o la dirección del servidor y su conexión.</translation>
    </message>
    <message>
        <source>Could not reach the configuration server %1. Check your connection and try again.</source>
        <translation>No se pudo contactar con el servidor de configuración %1. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Enter the phone number in international format, starting with + and the country code, for example +44 7700 900123.</source>
        <translation>Introduzca el número de teléfono en formato internacional, empezando por + y el prefijo del país, por ejemplo +44 7700 900123.</translation>
    </message>
    <message>
        <source>Enter a SIP address such as sip:alice@example.com.</source>
        <translation>Introduzca una dirección SIP como sip:alice@example.com.</translation>
    </message>
    <message>
        <source>The SIP address is too long: at most %1 characters are allowed.</source>
        <translation>La dirección SIP es demasiado larga: se permiten como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your phone number</source>
        <translation>Su número de teléfono</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code to that phone to check that it is yours.</source>
        <translation>Este equipo comparte la identidad de su teléfono móvil. Su operador envía un código a ese teléfono para comprobar que es suyo.</translation>
    </message>
    <message>
        <source>Link with:</source>
        <translation>Vincular con:</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>Número de &amp;teléfono</translation>
    </message>
    <message>
        <source>&amp;SIP address</source>
        <translation>Dirección S&amp;IP</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Code from your provider:</source>
        <translation>&amp;Código de su proveedor:</translation>
    </message>
    <message>
        <source>Code from your provider</source>
        <translation>Código de su proveedor</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Nú&amp;mero de teléfono:</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, spdc needs a Secret Service such as GNOME Keyring or KWallet running in your session.</source>
        <translation>No hay ningún llavero disponible. En Linux, spdc necesita un Secret Service como GNOME Keyring o KWallet en ejecución en su sesión.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain and allow spdc to use it, then try again.</source>
        <translation>Se denegó el acceso al llavero. Desbloquee su llavero, permita que spdc lo use y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Make sure it is running and unlocked, then try again.</source>
        <translation>No se pudo usar el llavero. Asegúrese de que está en ejecución y desbloqueado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be locked and waiting for a password.</source>
        <translation>El llavero no respondió. Puede que esté bloqueado y esperando una contraseña.</translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Linking</source>
        <translation>Vinculación</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer. Keep your phone at hand: a code is sent to it.</source>
        <translation>spdc solicita a su operador la configuración de este equipo. Tenga su teléfono a mano: recibirá un código en él.</translation>
    </message>
    <message>
        <source>Linking progress</source>
        <translation>Progreso de la vinculación</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Use another number</source>
        <translation>&amp;Usar otro número</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Reading your account from the keychain…</source>
        <translation>Leyendo su cuenta del llavero…</translation>
    </message>
    <message>
        <source>No account is linked yet</source>
        <translation>Aún no hay ninguna cuenta vinculada</translation>
    </message>
    <message>
        <source>Link this computer to your mobile phone number to receive its configuration from your operator.</source>
        <translation>Vincule este equipo a su número de móvil para recibir su configuración del operador.</translation>
    </message>
    <message>
        <source>&amp;Link an account…</source>
        <translation>&amp;Vincular una cuenta…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Versión de la configuración:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válida hasta:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Switch to another of your accounts</source>
        <translation>Cambiar a otra de sus cuentas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <source>Ask your operator for the current configuration of this account</source>
        <translation>Solicitar a su operador la configuración actual de esta cuenta</translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation>Aña&amp;dir cuenta…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove this account and everything stored for it from this computer</source>
        <translation>Eliminar de este equipo esta cuenta y todo lo guardado para ella</translation>
    </message>
    <message>
        <source>R&amp;eset…</source>
        <translation>Res&amp;tablecer…</translation>
    </message>
    <message>
        <source>Remove this account&apos;s configuration, keeping it as a backup</source>
        <translation>Eliminar la configuración de esta cuenta y conservarla como copia de seguridad</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Actualizaciones:</translation>
    </message>
    <message>
        <source>Filter by name or value</source>
        <translation>Filtrar por nombre o valor</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>Filtrar la configuración</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Eliminar cuenta…</translation>
    </message>
    <message>
        <source>R&amp;eset account…</source>
        <translation>&amp;Restablecer cuenta…</translation>
    </message>
    <message>
        <source>Start spdc when I &amp;log in</source>
        <translation>Iniciar spdc al in&amp;iciar sesión</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copiar valor</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Ans&amp;wer your operator&apos;s message…</source>
        <translation>Responder al &amp;mensaje de su operador…</translation>
    </message>
    <message>
        <source>Checking with your operator</source>
        <translation>Consultando con su operador</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Stop the check with your operator; nothing changes on this computer</source>
        <translation>Detener la consulta con su operador; nada cambia en este equipo</translation>
    </message>
    <message>
        <source>Con&amp;figuration from your operator:</source>
        <translation>Co&amp;nfiguración de su operador:</translation>
    </message>
</context>
<context>
    <name>NameConflictDialog</name>
    <message>
        <source>Choose another name</source>
        <translation>Elegir otro nombre</translation>
    </message>
    <message>
        <source>&amp;Name for this computer:</source>
        <translation>&amp;Nombre para este equipo:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Nuevo nombre del dispositivo</translation>
    </message>
</context>
<context>
    <name>OperatorDatabase</name>
    <message>
        <source>The list of operators could not be read. Enter the configuration server address instead.</source>
        <translation>No se pudo leer la lista de operadores. Introduzca en su lugar la dirección del servidor de configuración.</translation>
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
        <translation>Introducir el código</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Código del SMS</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Enviar un código &amp;nuevo</translation>
    </message>
    <message>
        <source>Asking for a new code</source>
        <translation>Solicitando un código nuevo</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>Ca&amp;mbiar el número</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Códi&amp;go:</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter the number with its country code, starting with +, or choose your operator so the country is known.</source>
        <translation>Introduzca el número con el prefijo del país, empezando por +, o elija su operador para que se conozca el país.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Enter it with its country code, for example +44 7700 900123.</source>
        <translation>Esto no parece un número de teléfono. Introdúzcalo con el prefijo del país, por ejemplo +44 7700 900123.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The stored account data is damaged and cannot be read.</source>
        <translation>Los datos guardados de la cuenta están dañados y no se pueden leer.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The account data in the keychain is incomplete or damaged. Nothing was changed; link the account again to repair it.</source>
        <translation>Los datos de la cuenta en el llavero están incompletos o dañados. No se ha cambiado nada; vuelva a vincular la cuenta para repararla.</translation>
    </message>
    <message>
        <source>The keychain is locked: it does not show the account&apos;s stored data. Unlock it (for example with your desktop&apos;s password manager), then try again. Nothing was changed.</source>
        <translation>El llavero está bloqueado: no muestra los datos guardados de la cuenta. Desbloquéelo (por ejemplo, con el gestor de contraseñas de su escritorio) y vuelva a intentarlo. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDocument</name>
    <message>
        <source>The server sent an empty configuration document.</source>
        <translation>El servidor envió un documento de configuración vacío.</translation>
    </message>
    <message>
        <source>The configuration document from the server is too large.</source>
        <translation>El documento de configuración del servidor es demasiado grande.</translation>
    </message>
    <message>
        <source>The configuration document from the server is not valid XML.</source>
        <translation>El documento de configuración del servidor no es un XML válido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a configuration document.</source>
        <translation>La respuesta del servidor no es un documento de configuración.</translation>
    </message>
    <message>
        <source>The configuration document from the server contains a document type declaration, which is not accepted.</source>
        <translation>El documento de configuración del servidor contiene una declaración de tipo de documento, que no se acepta.</translation>
    </message>
    <message>
        <source>The configuration document from the server is nested too deeply.</source>
        <translation>El documento de configuración del servidor tiene demasiados niveles de anidamiento.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Your operator has sent the configuration for this computer.</source>
        <translation>Su operador ha enviado la configuración de este equipo.</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Versión de la configuración:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válida hasta:</translation>
    </message>
    <message>
        <source>The configuration is stored in your keychain. Click Finish to see it.</source>
        <translation>La configuración se ha guardado en su llavero. Haga clic en «Finalizar» para verla.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>an older TLS version</source>
        <translation>versión anterior de TLS</translation>
    </message>
    <message>
        <source>Qt found no usable TLS backend (it loads OpenSSL 3 at run time; install libssl3). Nothing can be fetched securely.</source>
        <translation>Qt no encontró ningún backend TLS utilizable (carga OpenSSL 3 en tiempo de ejecución; instale libssl3). No se puede obtener nada de forma segura.</translation>
    </message>
    <message>
        <source>cannot listen on the loopback interface: %1</source>
        <translation>no se puede escuchar en la interfaz de bucle local: %1</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>sin respuesta en %1 segundos</translation>
    </message>
    <message>
        <source>%1 (%2) is present, but a TLS handshake on loopback failed: %3</source>
        <translation>%1 (%2) está presente, pero falló una negociación TLS en la interfaz de bucle local: %3</translation>
    </message>
    <message>
        <source>unexpected data</source>
        <translation>datos inesperados</translation>
    </message>
    <message>
        <source>%1 (Qt backend &quot;%2&quot;); a %3 handshake with a test certificate on loopback succeeded</source>
        <translation>%1 (backend de Qt «%2»); negociación (%3) correcta con un certificado de prueba en la interfaz de bucle local</translation>
    </message>
    <message>
        <source>writing a test item failed: %1</source>
        <translation>falló la escritura de un elemento de prueba: %1</translation>
    </message>
    <message>
        <source>reading the test item back failed: %1</source>
        <translation>falló la relectura del elemento de prueba: %1</translation>
    </message>
    <message>
        <source>the test item read back differs from what was written</source>
        <translation>el elemento de prueba leído difiere del escrito</translation>
    </message>
    <message>
        <source>deleting the test item failed: %1</source>
        <translation>falló la eliminación del elemento de prueba: %1</translation>
    </message>
    <message>
        <source>a test item was written, read back and deleted (service %1)</source>
        <translation>se escribió, releyó y eliminó un elemento de prueba (servicio %1)</translation>
    </message>
    <message>
        <source>%1 (%2). Install mobile-broadband-provider-info.</source>
        <translation>%1 (%2). Instale mobile-broadband-provider-info.</translation>
    </message>
    <message>
        <source>%1 operators with network codes in %2 countries (%3)</source>
        <translation>%1 operadores con códigos de red en %2 países (%3)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>operator database</source>
        <translation>base de datos de operadores</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Se superaron todas las comprobaciones.</translation>
    </message>
    <message>
        <source>self-test failed: %1.</source>
        <translation>falló la autocomprobación: %1.</translation>
    </message>
    <message>
        <source>Could not make a test certificate (%1).</source>
        <translation>No se pudo crear un certificado de prueba (%1).</translation>
    </message>
    <message>
        <source>Qt could not load the test certificate it just made.</source>
        <translation>Qt no pudo cargar el certificado de prueba que acaba de crear.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The operator code must be the 3-digit country code (MCC) followed by the 2- or 3-digit network code (MNC), for example 23415.</source>
        <translation>El código de operador debe ser el código de país de 3 cifras (MCC) seguido del código de red de 2 o 3 cifras (MNC), por ejemplo 23415.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL, for example https://config.example.com/.</source>
        <translation>La dirección del servidor debe ser una URL https://, por ejemplo https://config.example.com/.</translation>
    </message>
</context>
<context>
    <name>ServerMessageDialog</name>
    <message>
        <source>A message from your operator:</source>
        <translation>Un mensaje de su operador:</translation>
    </message>
    <message>
        <source>Message from your operator</source>
        <translation>Mensaje de su operador</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your operator</source>
        <translation>Su operador</translation>
    </message>
    <message>
        <source>The configuration for this computer comes from your mobile operator&apos;s configuration server.</source>
        <translation>La configuración de este equipo procede del servidor de configuración de su operador móvil.</translation>
    </message>
    <message>
        <source>O&amp;ther server…</source>
        <translation>Otro ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://config.example.com/</source>
        <translation>https://config.example.com/</translation>
    </message>
    <message>
        <source>Only if your operator or IT department gave you an https:// address.</source>
        <translation>Solo si su operador o su departamento de TI le dio una dirección https://.</translation>
    </message>
    <message>
        <source>My &amp;operator:</source>
        <translation>Mi &amp;operador:</translation>
    </message>
    <message>
        <source>Search operators</source>
        <translation>Buscar operadores</translation>
    </message>
    <message>
        <source>Type an operator&apos;s name, a country or the MCC and MNC; the arrow keys choose in the list.</source>
        <translation>Escriba el nombre de un operador, un país o el MCC y el MNC; con las teclas de flecha se elige en la lista.</translation>
    </message>
    <message>
        <source>Search by operator, country or MCC MNC</source>
        <translation>Buscar por operador, país o MCC MNC</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>The address of its configuration server follows from the operator&apos;s codes (MCC and MNC).</source>
        <translation>La dirección de su servidor de configuración se deduce de los códigos del operador (MCC y MNC).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«%1» no es true ni false.</translation>
    </message>
    <message>
        <source>The CA file must be given with an absolute path, not &quot;%1&quot;.</source>
        <translation>El archivo de CA debe indicarse con una ruta absoluta, no «%1».</translation>
    </message>
    <message>
        <source>The device type must be PC, Tablet or Other, not &quot;%1&quot;.</source>
        <translation>El tipo de dispositivo debe ser PC, Tablet u Other, no «%1».</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>El nombre del dispositivo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Ajuste desconocido.</translation>
    </message>
    <message>
        <source>%1: %2: %3 The value is ignored.</source>
        <translation>%1: %2: %3 Se ignora el valor.</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false; the flag is ignored.</source>
        <translation>%1: %2 debe ser true o false; se ignora el indicador.</translation>
    </message>
    <message>
        <source>There is no user settings file to write to.</source>
        <translation>No hay ningún archivo de ajustes de usuario en el que escribir.</translation>
    </message>
    <message>
        <source>This setting is managed by your organisation and cannot be changed.</source>
        <translation>Este ajuste lo gestiona su organización y no se puede cambiar.</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: no se puede leer.</translation>
    </message>
    <message>
        <source>%1: is not a valid settings file.</source>
        <translation>%1: no es un archivo de ajustes válido.</translation>
    </message>
    <message>
        <source>%1: %2 names no setting; it is ignored.</source>
        <translation>%1: %2 no designa ningún ajuste; se ignora.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be locked; the flag is ignored.</source>
        <translation>%1: %2 no se puede bloquear; se ignora el indicador.</translation>
    </message>
    <message>
        <source>%1: %2 is not a setting of spdc; it is ignored.</source>
        <translation>%1: %2 no es un ajuste de spdc; se ignora.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be set by policy; it is ignored.</source>
        <translation>%1: %2 no se puede establecer por directiva; se ignora.</translation>
    </message>
    <message>
        <source>%1: %2 is ignored: custom servers are not allowed.</source>
        <translation>%1: se ignora %2: no se permiten servidores personalizados.</translation>
    </message>
    <message>
        <source>Your organisation does not allow other configuration servers; choose an operator instead.</source>
        <translation>Su organización no permite otros servidores de configuración; elija un operador en su lugar.</translation>
    </message>
    <message>
        <source>The configuration server is managed by your organisation and cannot be changed.</source>
        <translation>El servidor de configuración lo gestiona su organización y no se puede cambiar.</translation>
    </message>
    <message>
        <source>The trusted certificate authority is managed by your organisation and cannot be changed.</source>
        <translation>La autoridad de certificación de confianza la gestiona su organización y no se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>(empty: the host name, %1)</source>
        <translation>(vacío: el nombre de host, %1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>locked: managed by your organisation</source>
        <translation>bloqueado: lo gestiona su organización</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Read from (strongest first):</source>
        <translation>Leído de (el de mayor prioridad primero):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>[settings] group</source>
        <translation>grupo [settings]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Use: spdc-cli settings set KEY VALUE, or spdc-cli settings reset KEY.</source>
        <translation>Uso: spdc-cli settings set CLAVE VALOR, o spdc-cli settings reset CLAVE.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>No existe el ajuste «%1». Los ajustes son: %2.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be written.</source>
        <translation>No se pudo escribir su archivo de ajustes %1.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Links this computer to a mobile operator identity (GSMA RCC.14).</source>
        <translation>Vincula este equipo a una identidad de operador móvil (GSMA RCC.14).</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Iniciar con la ventana minimizada.</translation>
    </message>
    <message>
        <source>No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start spdc from a desktop session, or use spdc-cli in a terminal.</source>
        <translation>No se encontró ninguna pantalla gráfica (DISPLAY y WAYLAND_DISPLAY no están definidas). Inicie spdc desde una sesión de escritorio o use spdc-cli en un terminal.</translation>
    </message>
</context>
<context>
    <name>spdc::AccountQuery</name>
    <message>
        <source>Your operator&apos;s server is busy. Trying again in %1…</source>
        <translation>El servidor de su operador está ocupado. Se volverá a intentar en %1…</translation>
    </message>
    <message>
        <source>Asking your operator…</source>
        <translation>Consultando a su operador…</translation>
    </message>
    <message>
        <source>Your operator asks for a code sent to your phone.</source>
        <translation>Su operador solicita un código enviado a su teléfono.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Another device uses this computer&apos;s name.</source>
        <translation>Otro dispositivo usa el nombre de este equipo.</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Guardando en su llavero…</translation>
    </message>
    <message>
        <source>Your operator&apos;s message is waiting for your answer.</source>
        <translation>El mensaje de su operador espera su respuesta.</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;.</source>
        <translation>Otro dispositivo ya usa el nombre «%1».</translation>
    </message>
</context>
<context>
    <name>spdc::AccountSwitcher</name>
    <message>
        <source>Configured, expires %1</source>
        <extracomment>%1 e.g. &quot;in 20 days&quot;</extracomment>
        <translation>Configurado, caduca %1</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <extracomment>%1 e.g. &quot;2 days ago&quot;</extracomment>
        <translation>Caducado %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Waiting for your answer to the operator&apos;s message</source>
        <translation>Esperando su respuesta al mensaje del operador</translation>
    </message>
    <message>
        <source>Disabled by the operator</source>
        <translation>Desactivado por el operador</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1; last attempt failed: %2</source>
        <extracomment>%1 e.g. &quot;Expired 2 days ago&quot;, %2 the reason</extracomment>
        <translation>%1; falló el último intento: %2</translation>
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
        <translation>URI SIP de la identidad (link).</translation>
    </message>
    <message>
        <source>The operator&apos;s MCC and MNC, e.g. 23415 (link).</source>
        <translation>MCC y MNC del operador, p. ej. 23415 (link).</translation>
    </message>
    <message>
        <source>A name for this device, at most 30 characters (link).</source>
        <translation>Un nombre para este dispositivo, como máximo 30 caracteres (link).</translation>
    </message>
    <message>
        <source>PC, Tablet or Other (link; default PC or your organisation&apos;s).</source>
        <translation>PC, Tablet u Other (link; por defecto PC o el de su organización).</translation>
    </message>
    <message>
        <source>A code from your provider for a dedicated identity (link, §2.6).</source>
        <translation>Un código de su proveedor para una identidad dedicada (link, §2.6).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando «%1» desconocido.</translation>
    </message>
    <message>
        <source>Too many arguments for %1.</source>
        <translation>Demasiados argumentos para %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation>La opción --%1 no se aplica a %2.</translation>
    </message>
    <message>
        <source>Run &apos;spdc-cli --help&apos; for the commands and options.</source>
        <translation>Ejecute &apos;spdc-cli --help&apos; para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>link needs exactly one of --msisdn or --sip-uri.</source>
        <translation>link necesita exactamente una de las opciones --msisdn o --sip-uri.</translation>
    </message>
    <message>
        <source>%1 is managed by your organisation and cannot be changed.</source>
        <translation>%1: este ajuste lo gestiona su organización y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Adding accounts is not allowed here: this setting is managed by your organisation.</source>
        <translation>Aquí no se permite añadir cuentas: este ajuste lo gestiona su organización.</translation>
    </message>
    <message>
        <source>link needs --operator MCCMNC or --server URL.</source>
        <translation>link necesita --operator MCCMNC o --server URL.</translation>
    </message>
    <message>
        <source>--device-type must be PC, Tablet or Other.</source>
        <translation>--device-type debe ser PC, Tablet u Other.</translation>
    </message>
    <message>
        <source>The device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1; nothing was sent.</source>
        <translation>Se restauró la configuración anterior de %1; no se envió nada.</translation>
    </message>
    <message>
        <source>Enter the OTP (the one-time code sent by SMS to %1):</source>
        <translation>Introduzca el OTP (el código de un solo uso enviado por SMS al %1):</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>No se introdujo ningún código.</translation>
    </message>
    <message>
        <source>Enter another name for this device (at most 30 characters):</source>
        <translation>Introduzca otro nombre para este dispositivo (como máximo 30 caracteres):</translation>
    </message>
    <message>
        <source>No other device name was given.</source>
        <translation>No se indicó ningún otro nombre de dispositivo.</translation>
    </message>
    <message>
        <source>Look at your phone: the code arrives as a normal text message.</source>
        <translation>Mire su teléfono: el código llega como un SMS normal.</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;.</source>
        <translation>Otro dispositivo ya usa el nombre «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The configuration server is busy; waiting %n second(s) before trying again…</source>
        <translation>
            <numerusform>El servidor de configuración está ocupado; se volverá a intentar dentro de %n segundo…</numerusform>
            <numerusform>El servidor de configuración está ocupado; se volverá a intentar dentro de %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type accept or reject:</source>
        <translation>Escriba accept (aceptar) o reject (rechazar):</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>aceptar</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <source>Linked %1: configuration version %2, valid until %3.</source>
        <translation>Cuenta %1 vinculada: versión de configuración %2, válida hasta %3.</translation>
    </message>
    <message>
        <source>No account is linked yet.</source>
        <translation>Aún no hay ninguna cuenta vinculada.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(bloqueado)</translation>
    </message>
    <message>
        <source>use needs the account to switch to.</source>
        <translation>use necesita la cuenta a la que cambiar.</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Se cambió a %1.</translation>
    </message>
    <message>
        <source>remove needs the account to remove.</source>
        <translation>remove necesita la cuenta que se va a eliminar.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>Removed %1 and everything stored for it.</source>
        <translation>Se eliminó %1 y todo lo guardado para esa cuenta.</translation>
    </message>
    <message>
        <source>reset needs the account to reset.</source>
        <translation>reset necesita la cuenta que se va a restablecer.</translation>
    </message>
    <message>
        <source>Reset %1: its configuration was removed and kept as a backup.</source>
        <translation>Se restableció %1: su configuración se eliminó y se guardó como copia de seguridad.</translation>
    </message>
    <message>
        <source>No account is linked yet. Link one with: spdc-cli link --msisdn +447700900123 --operator 23415</source>
        <translation>Aún no hay ninguna cuenta vinculada. Vincule una con: spdc-cli link --msisdn +447700900123 --operator 23415</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>Cuenta:       %1</translation>
    </message>
    <message>
        <source>State:       %1</source>
        <translation>Estado:       %1</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Versión:      %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válida hasta: %1</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Token:       %1</source>
        <translation>Token:        %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>present, expires %1</source>
        <translation>presente, caduca el %1</translation>
    </message>
    <message>
        <source>present, no expiry</source>
        <translation>presente, sin caducidad</translation>
    </message>
    <message>
        <source>Failures:    %1</source>
        <translation>Fallos:       %1</translation>
    </message>
    <message>
        <source>Last error:  %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>The account %1 has no stored configuration.</source>
        <translation>La cuenta %1 no tiene ninguna configuración guardada.</translation>
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
        <translation>Vincula este equipo a una identidad de operador móvil (GSMA RCC.14).

Comandos:
  link (--msisdn E164 | --sip-uri URI) [--operator MCCMNC] [--friendly-name NOMBRE]
       [--device-type PC|Tablet|Other] [--otp CÓDIGO]
                         Vincular una cuenta; pide el código enviado a su
                         teléfono.
  refresh [CUENTA]       Consultar ahora al servidor, con la versión y el token
                         guardados.
  accounts [--json]      Listar las cuentas guardadas; * marca la activa.
  use CUENTA             Cambiar a una cuenta guardada y consultar a su
                         servidor, sin preguntas.
  remove CUENTA          Eliminar una cuenta y todo lo guardado para ella.
  reset CUENTA           Eliminar la configuración de una cuenta y conservarla
                         como copia de seguridad.
  settings [--json]      Valor efectivo de cada ajuste y su procedencia.
  settings set CLAVE VALOR | settings reset CLAVE
                         Cambiar o quitar su propio valor de un ajuste.
  self-test              Comprobar TLS, el llavero y la base de datos de
                         operadores.
  status [CUENTA] [--json]
                         Mostrar el estado de una cuenta. No envía ninguna
                         solicitud.
  show [CUENTA] [--xml]  Mostrar la configuración guardada.

Códigos de salida: 0 correcto, 1 uso o entrada no válidos, 2 prohibido (403), 3 autenticación fallida (511), 4 error del servidor o de la red, 5 desactivado por el servidor, 6 mensaje del servidor rechazado, 7 llavero no disponible, 8 nombre de dispositivo ya en uso.</translation>
    </message>
    <message>
        <source>(hidden: kept secret in your keychain)</source>
        <translation>(oculto: se guarda en secreto en su llavero)</translation>
    </message>
    <message>
        <source>%1 is not the active account, and no request is sent for a stored account. Switch to it with: spdc-cli use %1</source>
        <translation>La cuenta %1 no es la cuenta activa, y no se envía ninguna solicitud para una cuenta guardada. Cambie a ella con: spdc-cli use %1</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup.</source>
        <translation>Se ha restaurado la configuración anterior de la cuenta %1 a partir de su copia de seguridad.</translation>
    </message>
    <message>
        <source>Not the active account: switch to it with &quot;spdc-cli use %1&quot; to see its details.</source>
        <translation>No es la cuenta activa: cambie a ella con «spdc-cli use %1» para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 is not the active account: its configuration is shown only while it is active. Switch to it with: spdc-cli use %1</source>
        <translation>La cuenta %1 no es la cuenta activa: su configuración solo se muestra mientras está activa. Cambie a ella con: spdc-cli use %1</translation>
    </message>
    <message>
        <source>Phone number in E.164 form, or national with --operator (link).</source>
        <translation>Número de teléfono en formato E.164, o nacional con --operator (link).</translation>
    </message>
    <message>
        <source>Machine-readable output (status, accounts, settings).</source>
        <translation>Salida legible por máquina (status, accounts, settings).</translation>
    </message>
    <message>
        <source>The document byte for byte as received, its token included (show).</source>
        <translation>El documento byte a byte tal como se recibió, con su token (show).</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Uno de los comandos anteriores.</translation>
    </message>
</context>
<context>
    <name>spdc::DevicePage</name>
    <message>
        <source>The device name and type are managed by your organisation.</source>
        <translation>El nombre y el tipo del dispositivo los gestiona su organización.</translation>
    </message>
    <message>
        <source>The device name is managed by your organisation.</source>
        <translation>El nombre del dispositivo lo gestiona su organización.</translation>
    </message>
    <message>
        <source>The device type is managed by your organisation.</source>
        <translation>El tipo de dispositivo lo gestiona su organización.</translation>
    </message>
    <message>
        <source>Optional. %1 of %2 characters.</source>
        <translation>Opcional. %1 de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>spdc::IdentityPage</name>
    <message>
        <source>Adding accounts is not allowed here: this setting is managed by your organisation.</source>
        <translation>Aquí no se permite añadir cuentas: este ajuste lo gestiona su organización.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+44 7700 900123</translation>
    </message>
    <message>
        <source>In international format: + and the country code, then the number.</source>
        <translation>En formato internacional: + y el prefijo del país, y después el número.</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Dirección SIP:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Dirección SIP</translation>
    </message>
    <message>
        <source>sip:alice@example.com</source>
        <translation>sip:alice@example.com</translation>
    </message>
    <message>
        <source>The SIP address your operator gave you, at most %1 characters.</source>
        <translation>La dirección SIP que le dio su operador, como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>At most %1 characters; spaces and dashes do not count.</source>
        <translation>Como máximo %1 caracteres; los espacios y guiones no cuentan.</translation>
    </message>
    <message>
        <source>This device&apos;s identity</source>
        <translation>Identidad de este dispositivo</translation>
    </message>
    <message>
        <source>Enter the phone number or SIP address your provider gave this device, and the code that came with it.</source>
        <translation>Introduzca el número de teléfono o la dirección SIP que su proveedor asignó a este dispositivo y el código que lo acompañaba.</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Su número de teléfono</translation>
    </message>
    <message>
        <source>This computer shares the identity of your mobile phone. Your operator sends a code to that phone to check that it is yours.</source>
        <translation>Este equipo comparte la identidad de su teléfono móvil. Su operador envía un código a ese teléfono para comprobar que es suyo.</translation>
    </message>
    <message>
        <source>As you would dial it in %1, or with + and the country code.</source>
        <extracomment>%1 is a country name, from the operator chosen on the previous page</extracomment>
        <translation>En formato nacional (%1) o con + y el prefijo del país.</translation>
    </message>
    <message>
        <source>Will send: %1</source>
        <extracomment>%1 is the phone number or SIP address as it will be sent to the operator</extracomment>
        <translation>Se enviará: %1</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Nú&amp;mero de teléfono:</translation>
    </message>
    <message>
        <source>Will send: %1 (%2)</source>
        <extracomment>%1 is the phone number exactly as sent (E.164, e.g. +4915123456789), %2 the same number written for people (+49 1512 3456789)</extracomment>
        <translation>Se enviará: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>spdc::LinkingPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <source>Contacting your operator…</source>
        <translation>Contactando con su operador…</translation>
    </message>
    <message>
        <source>Waiting for the code…</source>
        <translation>Esperando el código…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Choose another name for this computer.</source>
        <translation>Elija otro nombre para este equipo.</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Guardando en su llavero…</translation>
    </message>
    <message>
        <source>Your operator has a message for you.</source>
        <translation>Su operador tiene un mensaje para usted.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Vinculado.</translation>
    </message>
    <message>
        <source>Linking did not succeed.</source>
        <translation>La vinculación no se completó.</translation>
    </message>
    <message>
        <source>Your operator&apos;s server is busy. Trying again in %1…</source>
        <translation>El servidor de su operador está ocupado. Se volverá a intentar en %1…</translation>
    </message>
    <message>
        <source>Use Back to change your answers.</source>
        <translation>Use «Atrás» para cambiar sus respuestas.</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer, with the code from your provider.</source>
        <translation>spdc solicita a su operador la configuración de este equipo con el código de su proveedor.</translation>
    </message>
    <message>
        <source>spdc asks your operator for the configuration of this computer. Keep your phone at hand: a code is sent to it.</source>
        <translation>spdc solicita a su operador la configuración de este equipo. Tenga su teléfono a mano: recibirá un código en él.</translation>
    </message>
    <message>
        <source>Sending the code to your operator…</source>
        <translation>Enviando el código a su operador…</translation>
    </message>
    <message>
        <source>Another device already uses the name &quot;%1&quot;. Choose another name for this computer.</source>
        <translation>Otro dispositivo ya usa el nombre «%1». Elija otro nombre para este equipo.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code your provider gave you and enter it again.</source>
        <translation>No se aceptó el código. Compruebe el código que le dio su proveedor e introdúzcalo de nuevo.</translation>
    </message>
    <message>
        <source>Change the &amp;code</source>
        <translation>Cambiar el &amp;código</translation>
    </message>
    <message>
        <source>&amp;Use another number</source>
        <translation>&amp;Usar otro número</translation>
    </message>
    <message>
        <source>&amp;Use another address</source>
        <translation>&amp;Usar otra dirección</translation>
    </message>
</context>
<context>
    <name>spdc::MainWindow</name>
    <message>
        <source>Adding accounts is managed by your organisation.</source>
        <translation>La adición de cuentas la gestiona su organización.</translation>
    </message>
    <message>
        <source>Link this computer to your mobile phone number to receive its configuration from your operator.</source>
        <translation>Vincule este equipo a su número de móvil para recibir su configuración del operador.</translation>
    </message>
    <message>
        <source>Ask your IT department to set up spdc.</source>
        <translation>Pida a su departamento de TI que configure spdc.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the device name, %2 its type (PC, Tablet or Other)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stored configuration could not be read.</source>
        <translation>No se pudo leer la configuración guardada.</translation>
    </message>
    <message>
        <source>%1 The account stays linked; its configuration is shown once the keychain can be read.</source>
        <translation>%1 La cuenta sigue vinculada; su configuración se mostrará en cuanto se pueda leer el llavero.</translation>
    </message>
    <message>
        <source>Unknown: the keychain cannot be read</source>
        <translation>Desconocido: no se puede leer el llavero</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>No configuration yet</source>
        <translation>Aún sin configuración</translation>
    </message>
    <message>
        <source>Managed by your organisation: adding accounts is not allowed on this computer.</source>
        <translation>Gestionado por su organización: no se permite añadir cuentas en este equipo.</translation>
    </message>
    <message>
        <source>%1 The states of your other accounts are shown once the keychain can be read.</source>
        <translation>%1 El estado de sus otras cuentas se mostrará en cuanto se pueda leer el llavero.</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup; nothing was sent to your operator.</source>
        <translation>Se restauró la configuración anterior de %1 desde su copia de seguridad; no se envió nada a su operador.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>Asking your operator…</source>
        <translation>Consultando a su operador…</translation>
    </message>
    <message>
        <source>Checked with your operator on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Consultado con su operador el %1.</translation>
    </message>
    <message>
        <source>The check with your operator was cancelled.</source>
        <translation>Se canceló la consulta con su operador.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 from this computer?</source>
        <translation>¿Eliminar %1 de este equipo?</translation>
    </message>
    <message>
        <source>Its configuration, its token and its backups are deleted from your keychain. To use it again you link it again, with a new code sent to your phone.</source>
        <translation>Su configuración, su token y sus copias de seguridad se eliminan de su llavero. Para volver a usarla, tendrá que vincularla de nuevo con un código nuevo enviado a su teléfono.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>No se eliminó %1: %2</translation>
    </message>
    <message>
        <source>Removed %1 and everything stored for it.</source>
        <translation>Se eliminó %1 y todo lo guardado para esa cuenta.</translation>
    </message>
    <message>
        <source>Reset account</source>
        <translation>Restablecer cuenta</translation>
    </message>
    <message>
        <source>Reset %1?</source>
        <translation>¿Restablecer %1?</translation>
    </message>
    <message>
        <source>Its configuration and token are removed from this computer and kept as a backup. Adding the account again restores the backup while it is still valid; otherwise a new code is sent to your phone.</source>
        <translation>Su configuración y su token se eliminan de este equipo y se guardan como copia de seguridad. Si vuelve a añadir la cuenta, se restaura la copia mientras siga siendo válida; si no, se envía un código nuevo a su teléfono.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>%1 was not reset: %2</source>
        <translation>No se restableció %1: %2</translation>
    </message>
    <message>
        <source>The configuration was removed and kept as a backup.</source>
        <translation>La configuración se eliminó y se guardó como copia de seguridad.</translation>
    </message>
    <message>
        <source>Renewed automatically when it expires.</source>
        <translation>Se renueva automáticamente al caducar.</translation>
    </message>
    <message>
        <source>Nothing in the configuration matches &quot;%1&quot;.</source>
        <translation>Nada en la configuración coincide con «%1».</translation>
    </message>
    <message>
        <source>The token stays in your keychain: it is never copied.</source>
        <translation>El token permanece en su llavero: nunca se copia.</translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>Se copió el valor de %1.</translation>
    </message>
    <message>
        <source>Restored the previous configuration of %1 from its backup.</source>
        <translation>Se ha restaurado la configuración anterior de la cuenta %1 a partir de su copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>spdc::MessageLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>spdc::NameConflictDialog</name>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;Usar este nombre</translation>
    </message>
    <message>
        <source>Another of your devices already uses the name &quot;%1&quot; with your operator. Each device needs a name of its own.</source>
        <translation>Otro de sus dispositivos ya usa el nombre «%1» con su operador. Cada dispositivo necesita un nombre propio.</translation>
    </message>
    <message>
        <source>This is the name that is taken.</source>
        <translation>Este es el nombre que ya está en uso.</translation>
    </message>
    <message>
        <source>%1 of %2 characters.</source>
        <translation>%1 de %2 caracteres.</translation>
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
        <translation>Operador</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1.</source>
        <translation>Hemos enviado un código por SMS al %1.</translation>
    </message>
    <message>
        <source>Your phone shows the code when it arrives. Type it here.</source>
        <translation>Su teléfono mostrará el código cuando llegue. Escríbalo aquí.</translation>
    </message>
    <message>
        <source>We sent a new code by SMS to %1.</source>
        <translation>Hemos enviado un código nuevo por SMS al %1.</translation>
    </message>
    <message>
        <source>Send a &amp;new code (%1 s)</source>
        <translation>Enviar un código &amp;nuevo (%1 s)</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Enviar un código &amp;nuevo</translation>
    </message>
    <message>
        <source>Read the text message on your phone and type the code here.</source>
        <translation>Lea el SMS en su teléfono y escriba el código aquí.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>Ca&amp;mbiar el número</translation>
    </message>
    <message>
        <source>C&amp;hange address</source>
        <translation>Ca&amp;mbiar la dirección</translation>
    </message>
    <message>
        <source>The code may have expired. Send a new code, or change the number if it was wrong.</source>
        <translation>Puede que el código haya caducado. Envíe un código nuevo o cambie el número si era incorrecto.</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Solicitando un código nuevo…</translation>
    </message>
    <message>
        <source>Waiting for your code: %1 left.</source>
        <extracomment>%1 is minutes and seconds, &quot;4:05&quot;</extracomment>
        <translation>Esperando su código: quedan %1.</translation>
    </message>
</context>
<context>
    <name>spdc::ProvisioningFlow</name>
    <message>
        <source>The operator has switched off the service for this device for now. spdc will ask again the next time it starts.</source>
        <translation>El operador ha desactivado temporalmente el servicio para este dispositivo. spdc volverá a preguntar la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The operator has switched off the service for this device permanently. Reset the account to ask again.</source>
        <translation>El operador ha desactivado permanentemente el servicio para este dispositivo. Restablezca la cuenta para volver a solicitarlo.</translation>
    </message>
    <message>
        <source>The operator has switched off the service for this device until you ask for it again with Refresh.</source>
        <translation>El operador ha desactivado el servicio para este dispositivo hasta que vuelva a solicitarlo con «Actualizar».</translation>
    </message>
    <message>
        <source>The operator has paused the service for this device. spdc will ask again when the configuration expires.</source>
        <translation>El operador ha pausado el servicio para este dispositivo. spdc volverá a preguntar cuando caduque la configuración.</translation>
    </message>
    <message>
        <source>Enter a phone number or a SIP address.</source>
        <translation>Introduzca un número de teléfono o una dirección SIP.</translation>
    </message>
    <message>
        <source>Choose your operator or enter the https:// address of its configuration server.</source>
        <translation>Elija su operador o introduzca la dirección https:// de su servidor de configuración.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters are allowed.</source>
        <translation>El nombre del dispositivo es demasiado largo: se permiten como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The code must be 1 to %1 characters long.</source>
        <translation>El código debe tener entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the code from the text message: 1 to %1 characters.</source>
        <translation>Introduzca el código del SMS: entre 1 y %1 caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s).</source>
        <translation>
            <numerusform>Se podrá enviar un código nuevo dentro de %n segundo.</numerusform>
            <numerusform>Se podrá enviar un código nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a device name of 1 to %1 characters.</source>
        <translation>Introduzca un nombre de dispositivo de entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>You declined the operator&apos;s message; the service is not set up.</source>
        <translation>Ha rechazado el mensaje del operador; el servicio no se ha configurado.</translation>
    </message>
    <message>
        <source>The operator&apos;s message is still waiting for your answer.</source>
        <translation>El mensaje del operador sigue esperando su respuesta.</translation>
    </message>
    <message>
        <source>Linking was cancelled.</source>
        <translation>Se canceló la vinculación.</translation>
    </message>
    <message>
        <source>The operator refused %1: the number is not valid for this service or not allowed to link other devices. Check the number, or try another one.</source>
        <translation>El operador rechazó %1: el número no es válido para este servicio o no puede vincular otros dispositivos. Compruebe el número o pruebe con otro.</translation>
    </message>
    <message>
        <source>The operator could not authenticate this device.</source>
        <translation>El operador no pudo autenticar este dispositivo.</translation>
    </message>
    <message>
        <source>The configuration server tried to send this device elsewhere. For your security the redirect was not followed.</source>
        <translation>El servidor de configuración intentó redirigir este dispositivo a otro lugar. Por su seguridad, no se siguió la redirección.</translation>
    </message>
    <message>
        <source>The operator&apos;s configuration server had a problem (error %1). Your current configuration was kept; spdc will try again later.</source>
        <translation>El servidor de configuración del operador tuvo un problema (error %1). Se conservó su configuración actual; spdc lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The operator&apos;s configuration server is still busy. Try again later.</source>
        <translation>El servidor de configuración del operador sigue ocupado. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The configuration server sent an empty answer. Your current configuration was kept.</source>
        <translation>El servidor de configuración envió una respuesta vacía. Se conservó su configuración actual.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer is not a configuration document. Your current configuration was kept.</source>
        <translation>La respuesta del servidor de configuración no es un documento de configuración. Se conservó su configuración actual.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer has no configuration version. Your current configuration was kept.</source>
        <translation>La respuesta del servidor de configuración no tiene versión de configuración. Se conservó su configuración actual.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer does not match the configuration on this device. Your current configuration was kept.</source>
        <translation>La respuesta del servidor de configuración no coincide con la configuración de este dispositivo. Se conservó su configuración actual.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code from your provider and try again.</source>
        <translation>El código no se aceptó. Compruebe el código de su proveedor e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The code was not accepted. Start again to have a new code sent.</source>
        <translation>El código no se aceptó. Empiece de nuevo para que se le envíe un código nuevo.</translation>
    </message>
    <message>
        <source>The configuration server&apos;s answer has no usable configuration version. Your current configuration was kept.</source>
        <translation>La respuesta del servidor de configuración no contiene ninguna versión de configuración utilizable. Se ha conservado su configuración actual.</translation>
    </message>
    <message>
        <source>The operator no longer accepts this device&apos;s credentials for %1. Get a new code from your provider and link the account again with it.</source>
        <translation>El operador ya no acepta las credenciales de este dispositivo para %1. Obtenga un código nuevo de su proveedor y vuelva a vincular la cuenta con él.</translation>
    </message>
</context>
<context>
    <name>spdc::RenewalScheduler</name>
    <message>
        <source>The operator has switched off the service for this device permanently. Reset the account to ask again.</source>
        <translation>El operador ha desactivado permanentemente el servicio para este dispositivo. Restablezca la cuenta para volver a solicitarlo.</translation>
    </message>
    <message>
        <source>spdc stopped asking after %1 failed attempts in a row. Use Refresh to try again.</source>
        <translation>spdc dejó de preguntar tras %1 intentos fallidos seguidos. Use «Actualizar» para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The operator&apos;s message is waiting for your answer.</source>
        <translation>El mensaje del operador espera su respuesta.</translation>
    </message>
    <message>
        <source>The operator asked spdc to wait until you ask again.</source>
        <translation>El operador pidió a spdc que espere hasta que usted vuelva a solicitarlo.</translation>
    </message>
    <message>
        <source>spdc will ask again the next time it starts.</source>
        <translation>spdc volverá a preguntar la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The configuration is valid; nothing to ask.</source>
        <translation>La configuración es válida; no hay nada que consultar.</translation>
    </message>
</context>
<context>
    <name>spdc::ResultPage</name>
    <message>
        <source>%1 is now linked to %2.</source>
        <extracomment>%1 is &quot;This computer&quot;, &quot;This tablet&quot; or &quot;This device&quot;; %2 the phone number or SIP address</extracomment>
        <translation>%1 usa ahora la identidad %2.</translation>
    </message>
</context>
<context>
    <name>spdc::ServerMessageDialog</name>
    <message>
        <source>Message from your operator</source>
        <translation>Mensaje de su operador</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>If you decline, the services of this configuration are not set up on this computer.</source>
        <translation>Si lo rechaza, los servicios de esta configuración no se configurarán en este equipo.</translation>
    </message>
</context>
<context>
    <name>spdc::ServerPage</name>
    <message>
        <source>The configuration server is managed by your organisation.</source>
        <translation>El servidor de configuración lo gestiona su organización.</translation>
    </message>
    <message>
        <source>Other servers are not allowed: this setting is managed by your organisation.</source>
        <translation>No se permiten otros servidores: este ajuste lo gestiona su organización.</translation>
    </message>
    <message>
        <source>Configuration server: %1</source>
        <translation>Servidor de configuración: %1</translation>
    </message>
    <message>
        <source>Operator %1 %2</source>
        <translation>Operador %1 %2</translation>
    </message>
    <message>
        <source>Choose your operator in the list.</source>
        <translation>Elija su operador en la lista.</translation>
    </message>
    <message>
        <source>No operator matches &quot;%1&quot;. Check the spelling, or choose &quot;Other server…&quot; below and enter the configuration server address your operator gave you.</source>
        <translation>Ningún operador coincide con «%1». Revise la ortografía o elija «Otro servidor…» abajo e introduzca la dirección del servidor de configuración que le dio su operador.</translation>
    </message>
</context>
<context>
    <name>spdc::SetupWizard</name>
    <message>
        <source>Link an account</source>
        <translation>Vincular una cuenta</translation>
    </message>
</context>
</TS>
