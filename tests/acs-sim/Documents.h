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
// VERS only: Tables 3 (0/0), 4 (-1/-1), 5 (-2/-2), dormant (-3 with a validity), or a bare
// version check.
[[nodiscard]] QByteArray versOnly(int version, qint64 validity);
// Table 11: POLICY with SMS_port, sent with the OTP-pending 200.
[[nodiscard]] QByteArray policySmsPort(int port);
// §2.2.3 Table 6: the MSG characteristic used by the msg-accept canned answers.
// §2.2.3: Reject_btn="1", Reject_btn="0", or no Reject_btn parm at all (which means 0).
enum class RejectButton { Offered, Zero, Absent };
[[nodiscard]] QByteArray message(RejectButton reject);
// Not configurations (§4.2): a VERS without an integer version, nesting deeper than a client
// accepts (33 levels), a body larger than one accepts (16 MiB + 1 byte).
[[nodiscard]] QByteArray noIntegerVersion();
[[nodiscard]] QByteArray tooDeep(int version);
[[nodiscard]] QByteArray tooLarge(int version);
// The same document with an explicit <parm name="validity" value="0"/> in its TOKEN.
[[nodiscard]] QByteArray withTokenValidityZero(const QByteArray &document);
// Inserts a fragment just before </wap-provisioningdoc>, leaving the rest byte for byte.
[[nodiscard]] QByteArray withFragmentBeforeEnd(const QByteArray &document, const QByteArray &fragment);

// Answers that are not configuration documents, for the client's error paths.
[[nodiscard]] QByteArray captivePortalHtml();
[[nodiscard]] QByteArray garbage();
[[nodiscard]] QByteArray doctypeDocument();

[[nodiscard]] QByteArray xmlEscaped(const QString &text);

} // namespace acssim::Documents
