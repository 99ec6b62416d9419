#include "Documents.h"

namespace acssim::Documents {

namespace {

const QByteArray kHeader = QByteArrayLiteral("<?xml version=\"1.0\"?>\n<wap-provisioningdoc version=\"1.1\">\n");
const QByteArray kFooter = QByteArrayLiteral("</wap-provisioningdoc>\n");

QByteArray parm(int indent, const char *name, const QByteArray &value)
{
    return QByteArray(indent, ' ') + "<parm name=\"" + name + "\" value=\"" + value + "\"/>\n";
}

QByteArray versCharacteristic(int version, qint64 validity)
{
    return QByteArrayLiteral("  <characteristic type=\"VERS\">\n")
            + parm(4, "version", QByteArray::number(version))
            + parm(4, "validity", QByteArray::number(validity))
            + QByteArrayLiteral("  </characteristic>\n");
}

QByteArray tokenCharacteristic(const QString &token, qint64 tokenValidity)
{
    QByteArray out = QByteArrayLiteral("  <characteristic type=\"TOKEN\">\n")
            + parm(4, "token", xmlEscaped(token));
    if (tokenValidity > 0)
        out += parm(4, "validity", QByteArray::number(tokenValidity));
    return out + QByteArrayLiteral("  </characteristic>\n");
}

// The IMS public identity for the account: a SIP URI as is, an MSISDN as sip:<msisdn>@domain.
QString publicIdentity(const QString &identity)
{
    if (identity.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive))
        return identity;
    return QStringLiteral("sip:") + identity + QStringLiteral("@ims.example.com");
}

} // namespace

QByteArray xmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped(); // & < > "
    escaped.replace(u'\'', QLatin1String("&apos;"));
    return escaped.toUtf8();
}

QByteArray configuration(int version, qint64 validity, const QString &token, qint64 tokenValidity,
                         const QString &identity, const QByteArray &messageCharacteristic)
{
    const QByteArray publicId = xmlEscaped(publicIdentity(identity));
    QByteArray out = kHeader + versCharacteristic(version, validity)
            + tokenCharacteristic(token, tokenValidity) + messageCharacteristic;
    // An IMS-like application: a nested characteristic followed by a parm (as in corpus 16).
    out += QByteArrayLiteral("  <characteristic type=\"APPLICATION\">\n")
            + parm(4, "AppID", "ap2001") + parm(4, "Name", "IMS Settings")
            + parm(4, "AppRef", "IMS-Settings")
            + parm(4, "Home_network_domain_name", "ims.example.com")
            + parm(4, "Private_User_Identity", xmlEscaped(identity.mid(identity.indexOf(u':') + 1))
                                                      + "@ims.example.com")
            + QByteArrayLiteral("    <characteristic type=\"Public_user_identity_list\">\n")
            + parm(6, "Public_user_identity", publicId)
            + QByteArrayLiteral("    </characteristic>\n")
            + parm(4, "Keep_Alive_Enabled", "1")
            + QByteArrayLiteral("  </characteristic>\n");
    // An RCS-like application referring to the IMS one.
    out += QByteArrayLiteral("  <characteristic type=\"APPLICATION\">\n")
            + parm(4, "AppID", "ap2002") + parm(4, "Name", "RCS settings")
            + parm(4, "AppRef", "RCSe-Settings")
            + QByteArrayLiteral("    <characteristic type=\"SERVICES\">\n")
            + parm(6, "ChatAuth", "1") + parm(6, "ftAuth", "1") + parm(6, "presencePrfl", "0")
            + QByteArrayLiteral("    </characteristic>\n")
            + parm(4, "Messaging_Server_URI", "https://messaging.example.com/rcs?app=pc&amp;v=1")
            + QByteArrayLiteral("  </characteristic>\n");
    return out + kFooter;
}

QByteArray versAndToken(int version, qint64 validity, const QString &token, qint64 tokenValidity)
{
    return kHeader + versCharacteristic(version, validity) + tokenCharacteristic(token, tokenValidity)
            + kFooter;
}

QByteArray versOnly(int version, qint64 validity)
{
    return kHeader + versCharacteristic(version, validity) + kFooter;
}

QByteArray policySmsPort(int port)
{
    return kHeader + QByteArrayLiteral("  <characteristic type=\"POLICY\">\n")
            + parm(4, "SMS_port", QByteArray::number(port))
            + QByteArrayLiteral("  </characteristic>\n") + kFooter;
}

QByteArray message(RejectButton reject)
{
    QByteArray out = QByteArrayLiteral("  <characteristic type=\"MSG\">\n") + parm(4, "title", "Terms")
            + parm(4, "message", "Please accept the terms at https://example.com/terms")
            + parm(4, "Accept_btn", "1");
    if (reject != RejectButton::Absent)
        out += parm(4, "Reject_btn", reject == RejectButton::Offered ? "1" : "0");
    return out + QByteArrayLiteral("  </characteristic>\n");
}

QByteArray noIntegerVersion()
{
    return kHeader + QByteArrayLiteral("  <characteristic type=\"VERS\">\n")
            + parm(4, "version", "seven") + parm(4, "validity", "86400")
            + QByteArrayLiteral("  </characteristic>\n") + kFooter;
}

QByteArray tooDeep(int version)
{
    constexpr int depth = 33;
    QByteArray out = kHeader + versCharacteristic(version, 86400);
    for (int i = 0; i < depth; ++i)
        out += "<characteristic type=\"L" + QByteArray::number(i) + "\">";
    for (int i = 0; i < depth; ++i)
        out += "</characteristic>";
    return out + '\n' + kFooter;
}

QByteArray tooLarge(int version)
{
    constexpr qsizetype limit = 16 * 1024 * 1024;
    QByteArray out = kHeader + versCharacteristic(version, 86400) + "  <!-- ";
    const QByteArray end = " -->\n" + kFooter;
    out += QByteArray(limit + 1 - out.size() - end.size(), 'x');
    return out + end;
}

QByteArray withTokenValidityZero(const QByteArray &document)
{
    const qsizetype at = document.indexOf("<parm name=\"token\"");
    if (at < 0)
        return document;
    QByteArray out = document;
    out.insert(out.indexOf('\n', at) + 1, parm(4, "validity", "0"));
    return out;
}

QByteArray withFragmentBeforeEnd(const QByteArray &document, const QByteArray &fragment)
{
    const qsizetype end = document.toLower().lastIndexOf("</wap-provisioningdoc");
    if (end < 0)
        return document + fragment;
    QByteArray out = document;
    out.insert(end, fragment);
    return out;
}

QByteArray captivePortalHtml()
{
    // What a hotel or airport Wi-Fi answers instead of the configuration server.
    return QByteArrayLiteral(
            "<!DOCTYPE html>\n<html>\n<head><title>Welcome to Example Wi-Fi</title></head>\n"
            "<body>\n<h1>Sign in to Example Wi-Fi</h1>\n"
            "<form method=\"post\" action=\"/login\"><input name=\"room\"/>"
            "<button>Connect</button></form>\n</body>\n</html>\n");
}

QByteArray garbage()
{
    return QByteArrayLiteral("\x00\x01 this is not XML <<< {\"oops\": true} &&& \xff\xfe\n");
}

QByteArray doctypeDocument()
{
    // An external entity (XXE) and an internal one: a client must refuse DTDs rather than
    // resolve either (the configuration document has no DTD in RCC.14 §4.2).
    return QByteArrayLiteral(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE wap-provisioningdoc [\n"
            "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
            "  <!ENTITY ver \"7\">\n"
            "]>\n"
            "<wap-provisioningdoc version=\"1.1\">\n"
            "  <characteristic type=\"VERS\">\n"
            "    <parm name=\"version\" value=\"&ver;\"/>\n"
            "    <parm name=\"validity\" value=\"86400\"/>\n"
            "  </characteristic>\n"
            "  <characteristic type=\"APPLICATION\">\n"
            "    <parm name=\"AppID\" value=\"ap2001\"/>\n"
            "    <parm name=\"Name\" value=\"&xxe;\"/>\n"
            "  </characteristic>\n"
            "</wap-provisioningdoc>\n");
}

} // namespace acssim::Documents
