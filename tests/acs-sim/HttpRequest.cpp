#include "HttpRequest.h"

namespace acssim {

namespace {

// RFC 7230 §3.2.6 token characters, for methods and header names.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// Finds the blank line that ends the head; tolerates bare LF line ends.
qsizetype findHeadEnd(const QByteArray &buffer, int *terminatorLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *terminatorLength = 4;
        return crlf;
    }
    *terminatorLength = 2;
    return lf;
}

} // namespace

HttpRequest::ParseResult HttpRequest::parse(QByteArray &buffer, HttpRequest *request)
{
    // RFC 7230 §3.5: ignore empty lines before the request line (some clients send a stray
    // CRLF after a body).
    qsizetype skip = 0;
    while (skip < buffer.size() && (buffer.at(skip) == '\r' || buffer.at(skip) == '\n'))
        ++skip;
    if (skip > 0)
        buffer.remove(0, skip);

    int terminatorLength = 0;
    const qsizetype headEnd = findHeadEnd(buffer, &terminatorLength);
    if (headEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? ParseResult::HeadersTooLarge : ParseResult::Incomplete;
    if (headEnd > kMaxHeaderBytes)
        return ParseResult::HeadersTooLarge;

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    HttpRequest parsed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
                return ParseResult::BadRequest;
            parsed.m_method = parts.at(0);
            parsed.m_target = parts.at(1);
            parsed.m_version = parts.at(2);
            if (parsed.m_version != "HTTP/1.1" && parsed.m_version != "HTTP/1.0")
                return ParseResult::BadRequest;
            // Origin form only: a configuration client talks to the server directly.
            if (!parsed.m_target.startsWith('/'))
                return ParseResult::BadRequest;
            for (const char c : parsed.m_target) {
                if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
                    return ParseResult::BadRequest;
            }
            continue;
        }
        // Obsolete line folding is rejected (RFC 7230 §3.2.4).
        if (line.startsWith(' ') || line.startsWith('\t'))
            return ParseResult::BadRequest;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseResult::BadRequest;
        const QByteArray name = line.left(colon).toLower();
        if (!isToken(name))
            return ParseResult::BadRequest;
        parsed.m_headers.append({name, line.mid(colon + 1).trimmed()});
    }

    // Chunked request bodies are not something a GET-only server needs.
    if (parsed.hasHeader(QByteArrayLiteral("transfer-encoding")))
        return ParseResult::BadRequest;
    qsizetype bodyLength = 0;
    if (parsed.hasHeader(QByteArrayLiteral("content-length"))) {
        bool ok = false;
        const QByteArray value = parsed.header(QByteArrayLiteral("content-length"));
        bodyLength = value.toLongLong(&ok);
        if (!ok || bodyLength < 0 || value.contains(','))
            return ParseResult::BadRequest;
        if (bodyLength > kMaxBodyBytes)
            return ParseResult::BodyTooLarge;
    }
    const qsizetype bodyStart = headEnd + terminatorLength;
    if (buffer.size() < bodyStart + bodyLength)
        return ParseResult::Incomplete;
    parsed.m_body = buffer.mid(bodyStart, bodyLength);
    buffer.remove(0, bodyStart + bodyLength);
    *request = std::move(parsed);
    return ParseResult::Complete;
}

QByteArray HttpRequest::path() const
{
    const qsizetype question = m_target.indexOf('?');
    return question < 0 ? m_target : m_target.left(question);
}

QByteArray HttpRequest::rawQuery() const
{
    const qsizetype question = m_target.indexOf('?');
    return question < 0 ? QByteArray() : m_target.mid(question + 1);
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    const QByteArray separator = wanted == "cookie" ? QByteArrayLiteral("; ") : QByteArrayLiteral(", ");
    QByteArray joined;
    bool first = true;
    for (const auto &[headerName, value] : m_headers) {
        if (headerName != wanted)
            continue;
        if (!first)
            joined += separator;
        joined += value;
        first = false;
    }
    return joined;
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &entry : m_headers) {
        if (entry.first == wanted)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header(QByteArrayLiteral("connection")).toLower();
    if (m_version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const QByteArray query = rawQuery();
    if (query.isEmpty())
        return items;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            items.append({decodeFormComponent(pair), QString()});
        else
            items.append({decodeFormComponent(pair.left(equals)),
                          decodeFormComponent(pair.mid(equals + 1))});
    }
    return items;
}

QString HttpRequest::decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace acssim
