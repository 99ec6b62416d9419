#pragma once

#include "Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace spdc {

// Which servers we trust: always the system roots, plus an optional extra CA (the simulator's,
// or an enterprise CA set by the IT department). Never instead of the system roots, and no
// TLS error is ever ignored.
namespace TlsTrust {

Result<QList<QSslCertificate>> loadCaFile(const QString &path);
QSslConfiguration configuration(const QList<QSslCertificate> &extraCa);

} // namespace TlsTrust
} // namespace spdc
