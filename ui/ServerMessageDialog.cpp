#include "ServerMessageDialog.h"

#include "Icons.h"
#include "ui_ServerMessageDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace spdc {

ServerMessageDialog::ServerMessageDialog(const UserMessage &message, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerMessageDialog>())
{
    m_ui->setupUi(this);
    Icons::setLabelIcon(m_ui->iconLabel, Icons::information(), 32);
    // The server's title is plain text too; a window title is never interpreted anyway.
    const QString title = message.title.simplified();
    setWindowTitle(title.isEmpty() ? tr("Message from your operator") : title);
    // Also in the body, as a heading: a window title is not seen everywhere (a sheet on
    // macOS, a window manager without title bars, a screenshot of the dialog).
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setVisible(!title.isEmpty());
    QFont heading = m_ui->titleLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(heading);
    m_ui->messageLabel->setTextFormat(Qt::RichText);
    m_ui->messageLabel->setText(linkify(message.message));
    // Screen readers get the text as written, not the markup made for the links.
    m_ui->messageLabel->setAccessibleDescription(message.message);

    // The buttons come from the server: none that it did not ask for.
    if (message.acceptButton) {
        QPushButton *accept = m_ui->buttonBox->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptButton"));
        accept->setDefault(true);
        accept->setFocus();
    }
    if (message.rejectButton) {
        QPushButton *decline = m_ui->buttonBox->addButton(tr("&Decline"), QDialogButtonBox::DestructiveRole);
        decline->setObjectName(QStringLiteral("declineButton"));
        connect(decline, &QPushButton::clicked, this, [this] { done(Declined); });
        m_ui->consequenceLabel->setText(
            tr("If you decline, the services of this configuration are not set up on this "
               "computer."));
    } else {
        m_ui->consequenceLabel->hide();
    }
    if (!message.acceptButton && !message.rejectButton) {
        // Nothing to answer, but the window must still be closable.
        QPushButton *close = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("closeButton"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ServerMessageDialog::~ServerMessageDialog() = default;

QString ServerMessageDialog::linkify(const QString &text)
{
    // §2.2.3: web addresses in the message are to be highlighted and made into links. The
    // last character may not be punctuation that ends the sentence around the address.
    static const QRegularExpression url(
        QStringLiteral("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]']"),
        QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(from, match.capturedStart() - from).toHtmlEscaped();
        const QString address = match.captured().toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(address);
        from = match.capturedEnd();
    }
    html += text.mid(from).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

} // namespace spdc
