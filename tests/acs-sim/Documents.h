#pragma once

#include <QByteArray>
#include <QString>

// The documents the simulator writes itself, shaped like the tables of RCC.14 §2.2.2,
// §2.3.3 and §4.2 (two-space indentation, XML declaration, wap-provisioningdoc 1.1).
namespace acssim::Documents {

// Table 15: VERS, TOKEN, optional MSG (a fragment from message()), two APPLICATIONs.
// A token validity of 0 omits the TOKEN validity parm: the token does not expire (the
// corpus has such tokens, README of /work/shared/corpus).
[[nodiscard]] QByteArray configuration(int version, qint64 validity, const QString &token,
                                       qint64 tokenValidity, const QString &identity,
                                       const QByteArray &messageCharacteristic = {});
// Table 2: the client's version is current; renew validity, repeat the token.
[[nodiscard]] QByteArray versAndToken(int version, qint64 validity, const QString &token,
                                      qint64 tokenValidity);
// VERS only: Tables 3 (0/0), 4 (-1/-1), 5 (-2/-2), dormant (-3/-3), or a bare version check.
[[nodiscard]] QByteArray versOnly(int version, qint64 validity);
// Table 11: POLICY with SMS_port, sent with the OTP-pending 200.
[[nodiscard]] QByteArray policySmsPort(int port);
// §2.2.3 Table 6: the MSG characteristic used by the msg-accept canned answers.
[[nodiscard]] QByteArray message(bool rejectButton);
// Inserts a fragment just before </wap-provisioningdoc>, leaving the rest byte for byte.
[[nodiscard]] QByteArray withFragmentBeforeEnd(const QByteArray &document, const QByteArray &fragment);

// Answers that are not configuration documents, for the client's error paths.
[[nodiscard]] QByteArray captivePortalHtml();
[[nodiscard]] QByteArray garbage();
[[nodiscard]] QByteArray doctypeDocument();

[[nodiscard]] QByteArray xmlEscaped(const QString &text);

} // namespace acssim::Documents
