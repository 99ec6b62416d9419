#include "OtpInput.h"

#include "ProvisioningFlow.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace spdc::OtpInput {

QString significant(const QString &text)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s-]"));
    QString code = text;
    code.remove(ignored);
    return code;
}

QValidator *createValidator(QObject *parent)
{
    // Table 13: at most 8 characters. Spaces and dashes from a pasted "123 456" do not count.
    return new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[\\s-]*([^\\s-][\\s-]*){0,%1}$")
                               .arg(ProvisioningFlow::MaxOtpLength)),
        parent);
}

} // namespace spdc::OtpInput
