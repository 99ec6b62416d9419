#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace acssim {

// What the server must know about a configuration document it serves from a file: the
// version (to answer a matching vers with Table 2) and the token it hands out (§2.5.1 d,
// Table 10). Only top-level <characteristic> elements count: corpus document 05 has an
// <unknowntag type="VERS"> whose values are not the version.
struct DocumentFacts
{
    std::optional<int> version;
    std::optional<qint64> validity;
    std::optional<QString> token;
    std::optional<qint64> tokenValidity;
    QString parseError; // empty when the document is well-formed

    [[nodiscard]] static DocumentFacts fromXml(const QByteArray &document);
};

} // namespace acssim
