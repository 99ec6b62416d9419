#include "ProvisioningDocument.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>
#include <utility>

namespace spdc {

namespace {

const QLatin1StringView RootElement("wap-provisioningdoc");
const QLatin1StringView CharacteristicElement("characteristic");
const QLatin1StringView ParmElement("parm");

bool sameName(QStringView a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Why a document was refused; each maps to one sentence for the user.
enum class Failure {
    Empty,
    TooLarge,
    NotWellFormed,
    WrongRoot,
    DocumentType,
    TooDeep,
};

QString userMessageFor(Failure failure)
{
    switch (failure) {
    case Failure::Empty:
        return QCoreApplication::translate("ProvisioningDocument",
                                           "The server sent an empty configuration document.");
    case Failure::TooLarge:
        return QCoreApplication::translate("ProvisioningDocument",
                                           "The configuration document from the server is too large.");
    case Failure::NotWellFormed:
        return QCoreApplication::translate("ProvisioningDocument",
                                           "The configuration document from the server is not valid XML.");
    case Failure::WrongRoot:
        return QCoreApplication::translate("ProvisioningDocument",
                                           "The server's answer is not a configuration document.");
    case Failure::DocumentType:
        return QCoreApplication::translate("ProvisioningDocument",
                                           "The configuration document from the server contains a document "
                                           "type declaration, which is not accepted.");
    case Failure::TooDeep:
        return QCoreApplication::translate("ProvisioningDocument",
                                           "The configuration document from the server is nested too deeply.");
    }
    return {};
}

Error makeError(Failure failure, const QString &detail)
{
    return Error{ErrorCode::InvalidResponse, userMessageFor(failure), detail};
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiHexDigit(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool startsWithAt(const QByteArray &bytes, qsizetype pos, const char *prefix)
{
    const auto length = qsizetype(std::strlen(prefix));
    return pos + length <= bytes.size() && std::memcmp(bytes.constData() + pos, prefix, size_t(length)) == 0;
}

// True if bytes[pos] == '&' starts one of the references XML accepts without a DTD:
// the five predefined entities or a numeric character reference.
bool startsValidReference(const QByteArray &bytes, qsizetype pos)
{
    for (const char *name : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
        if (startsWithAt(bytes, pos, name))
            return true;
    }
    if (!startsWithAt(bytes, pos, "&#"))
        return false;
    qsizetype i = pos + 2;
    const bool hex = i < bytes.size() && bytes.at(i) == 'x';
    if (hex)
        ++i;
    const qsizetype firstDigit = i;
    while (i < bytes.size() && (hex ? isAsciiHexDigit(bytes.at(i)) : isAsciiDigit(bytes.at(i))))
        ++i;
    return i > firstDigit && i < bytes.size() && bytes.at(i) == ';';
}

// Real servers send "a=1&b=2" inside attribute values. A '&' that starts no valid reference
// is taken literally by escaping it, so the reader still unescapes exactly one level. (In
// comments, CDATA and processing instructions the extra escape is harmless: none is read.)
// Only for ASCII-compatible encodings; UTF-16/32 input passes unchanged.
QByteArray escapeBareAmpersands(const QByteArray &bytes)
{
    if (!bytes.contains('&'))
        return bytes;

    QByteArray out;
    out.reserve(bytes.size() + 64);
    qsizetype copied = 0;
    for (qsizetype pos = bytes.indexOf('&'); pos >= 0; pos = bytes.indexOf('&', pos + 1)) {
        if (startsValidReference(bytes, pos))
            continue;
        out.append(bytes.constData() + copied, pos - copied);
        out.append("&amp;");
        copied = pos + 1;
    }
    out.append(bytes.constData() + copied, bytes.size() - copied);
    return out;
}

bool isAsciiCompatible(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE"))
        return false;
    // UTF-16/32 without a byte order mark: '<' is followed or preceded by NUL bytes.
    return !bytes.left(4).contains('\0');
}

// Some servers put a blank line before the XML declaration, which XML forbids. Dropping
// leading white space (and a UTF-8 byte order mark) is harmless: no content lives there.
QByteArray withoutLeadingSpace(const QByteArray &bytes)
{
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype afterBom = pos;
    while (pos < bytes.size() && isXmlSpace(bytes.at(pos)))
        ++pos;
    return pos == afterBom ? bytes : bytes.mid(pos);
}

QString attributeValue(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    // Attribute names too are matched case-insensitively (Type="VERS" is seen in the wild).
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (sameName(attribute.name(), name))
            return attribute.value().toString();
    }
    return {};
}

class Parser
{
public:
    explicit Parser(const QByteArray &bytes) : m_reader(bytes) {}

    Result<QList<Characteristic>> run()
    {
        QList<Characteristic> characteristics;
        bool rootSeen = false;
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::DTD:
                // No DTD at all: internal entities are the billion-laughs vector.
                fail(Failure::DocumentType, QStringLiteral("document type declaration"));
                break;
            case QXmlStreamReader::EntityReference:
                fail(Failure::NotWellFormed, QStringLiteral("unresolved entity reference"));
                break;
            case QXmlStreamReader::StartElement:
                if (!sameName(m_reader.name(), RootElement)) {
                    fail(Failure::WrongRoot,
                         QStringLiteral("root element is <%1>, expected <wap-provisioningdoc>")
                                 .arg(m_reader.name().left(64)));
                    break;
                }
                rootSeen = true;
                readRoot(characteristics);
                break;
            default:
                break;
            }
        }

        if (m_failure)
            return makeError(*m_failure, m_detail);
        if (m_reader.hasError())
            return makeError(Failure::NotWellFormed, location() % m_reader.errorString());
        if (!rootSeen)
            return makeError(Failure::WrongRoot, QStringLiteral("no root element"));
        return characteristics;
    }

private:
    QString location() const
    {
        // Columns count the "&amp;" inserted for bare ampersands earlier on the same line.
        return QStringLiteral("line %1, column %2: ").arg(m_reader.lineNumber()).arg(m_reader.columnNumber());
    }

    void fail(Failure failure, const QString &what)
    {
        if (m_failure)
            return;
        m_failure = failure;
        m_detail = location() % what;
        m_reader.raiseError(what); // stops the reader: atEnd() becomes true
    }

    void readRoot(QList<Characteristic> &characteristics)
    {
        while (m_reader.readNextStartElement()) {
            if (sameName(m_reader.name(), CharacteristicElement)) {
                Characteristic characteristic;
                readCharacteristic(characteristic, 1);
                characteristics.append(std::move(characteristic));
            } else {
                // Unknown elements (e.g. <unknowntag type="VERS">) are ignored with their subtree.
                m_reader.skipCurrentElement();
            }
        }
    }

    // Reader is on the <characteristic> start element; returns after its end element.
    void readCharacteristic(Characteristic &characteristic, int depth)
    {
        if (depth > ProvisioningDocument::MaxDepth) {
            fail(Failure::TooDeep,
                 QStringLiteral("characteristics nested deeper than %1").arg(ProvisioningDocument::MaxDepth));
            return;
        }
        characteristic.type = attributeValue(m_reader.attributes(), QLatin1StringView("type"));
        while (m_reader.readNextStartElement()) {
            if (sameName(m_reader.name(), ParmElement)) {
                const QXmlStreamAttributes attributes = m_reader.attributes();
                characteristic.parms.append(Parm{attributeValue(attributes, QLatin1StringView("name")),
                                                 attributeValue(attributes, QLatin1StringView("value"))});
                m_reader.skipCurrentElement();
            } else if (sameName(m_reader.name(), CharacteristicElement)) {
                Characteristic child;
                readCharacteristic(child, depth + 1);
                characteristic.children.append(std::move(child));
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    QXmlStreamReader m_reader;
    std::optional<Failure> m_failure;
    QString m_detail;
};

std::optional<qint64> toInteger(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

bool isShown(const std::optional<QString> &flag)
{
    return flag && flag->trimmed() == QLatin1StringView("1");
}

} // namespace

ProvisioningDocument::ProvisioningDocument(QList<Characteristic> characteristics)
    : m_characteristics(std::move(characteristics))
{
}

Result<ProvisioningDocument> ProvisioningDocument::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxSize) {
        return makeError(Failure::TooLarge,
                         QStringLiteral("document of %1 bytes exceeds the limit of %2").arg(bytes.size()).arg(MaxSize));
    }
    if (bytes.trimmed().isEmpty())
        return makeError(Failure::Empty, QStringLiteral("empty body"));

    QByteArray prepared = bytes;
    if (isAsciiCompatible(prepared))
        prepared = escapeBareAmpersands(withoutLeadingSpace(prepared));

    Result<QList<Characteristic>> characteristics = Parser(prepared).run();
    if (!characteristics)
        return characteristics.error();
    return ProvisioningDocument(std::move(characteristics).value());
}

const Characteristic *ProvisioningDocument::characteristic(QStringView type) const
{
    for (const Characteristic &c : m_characteristics) {
        if (c.isType(type))
            return &c;
    }
    return nullptr;
}

std::optional<VersInfo> ProvisioningDocument::vers() const
{
    const Characteristic *versChar = characteristic(u"VERS");
    if (!versChar)
        return std::nullopt;
    const std::optional<QString> versionText = versChar->parm(u"version");
    if (!versionText)
        return std::nullopt;
    bool ok = false;
    const int version = versionText->toInt(&ok);
    if (!ok)
        return std::nullopt;
    return VersInfo{version, toInteger(versChar->parm(u"validity")).value_or(0)};
}

std::optional<TokenInfo> ProvisioningDocument::token() const
{
    const Characteristic *tokenChar = characteristic(u"TOKEN");
    if (!tokenChar)
        return std::nullopt;
    std::optional<QString> value = tokenChar->parm(u"token");
    if (!value)
        return std::nullopt;
    return TokenInfo{std::move(*value), toInteger(tokenChar->parm(u"validity"))};
}

std::optional<UserMessage> ProvisioningDocument::message() const
{
    const Characteristic *msg = characteristic(u"MSG");
    if (!msg)
        return std::nullopt;
    return UserMessage{msg->parm(u"title").value_or(QString()), msg->parm(u"message").value_or(QString()),
                       isShown(msg->parm(u"Accept_btn")), isShown(msg->parm(u"Reject_btn"))};
}

std::optional<int> ProvisioningDocument::smsPort() const
{
    const Characteristic *policy = characteristic(u"POLICY");
    if (!policy)
        return std::nullopt;
    const std::optional<QString> port = policy->parm(u"SMS_port");
    if (!port)
        return std::nullopt;
    bool ok = false;
    const int value = port->toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

bool ProvisioningDocument::isPolicyOnly() const
{
    return !isEmpty() && std::all_of(m_characteristics.cbegin(), m_characteristics.cend(),
                                     [](const Characteristic &c) { return c.isType(u"POLICY"); });
}

bool ProvisioningDocument::isVersOnly() const
{
    return characteristic(u"VERS") != nullptr
        && std::all_of(m_characteristics.cbegin(), m_characteristics.cend(),
                       [](const Characteristic &c) { return c.isType(u"VERS") || c.isType(u"TOKEN"); });
}

} // namespace spdc
