#include "DocumentFacts.h"

#include <QXmlStreamReader>

namespace acssim {

namespace {

// The corpus is not consistent about case; treat names and types case-insensitively.
QString attributeValue(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().toString();
    }
    return {};
}

} // namespace

DocumentFacts DocumentFacts::fromXml(const QByteArray &document)
{
    DocumentFacts facts;
    QXmlStreamReader reader(document);
    int depth = 0;
    QString topLevelType; // type of the enclosing top-level characteristic, upper case
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const bool isCharacteristic =
                    reader.name().compare(QLatin1String("characteristic"), Qt::CaseInsensitive) == 0;
            const bool isParm = reader.name().compare(QLatin1String("parm"), Qt::CaseInsensitive) == 0;
            if (depth == 2) {
                topLevelType = isCharacteristic
                        ? attributeValue(reader.attributes(), QLatin1String("type")).toUpper()
                        : QString();
            } else if (depth == 3 && isParm && !topLevelType.isEmpty()) {
                const QString name = attributeValue(reader.attributes(), QLatin1String("name")).toLower();
                const QString value = attributeValue(reader.attributes(), QLatin1String("value"));
                bool ok = false;
                if (topLevelType == u"VERS" && name == u"version") {
                    const int number = value.toInt(&ok);
                    if (ok && !facts.version)
                        facts.version = number;
                } else if (topLevelType == u"VERS" && name == u"validity") {
                    const qint64 number = value.toLongLong(&ok);
                    if (ok && !facts.validity)
                        facts.validity = number;
                } else if (topLevelType == u"TOKEN" && name == u"token") {
                    if (!facts.token)
                        facts.token = value;
                } else if (topLevelType == u"TOKEN" && name == u"validity") {
                    const qint64 number = value.toLongLong(&ok);
                    if (ok && !facts.tokenValidity)
                        facts.tokenValidity = number;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2)
                topLevelType.clear();
            --depth;
        }
    }
    if (reader.hasError())
        facts.parseError = reader.errorString();
    return facts;
}

} // namespace acssim
