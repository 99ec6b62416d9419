#pragma once

#include "ProvisioningDocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ServerMessageDialog;
}

namespace spdc {

// The operator's MSG (§2.2.3) with exactly the buttons it asks for: Accept (accept()) and
// Decline (done(Declined)). Closing the window by other means is no answer (reject()). The
// server's text is shown as plain text with its web addresses made into links.
class ServerMessageDialog : public QDialog
{
    Q_OBJECT
public:
    enum Answer { Declined = QDialog::Accepted + 1 };

    explicit ServerMessageDialog(const UserMessage &message, QWidget *parent = nullptr);
    ~ServerMessageDialog() override;

    // Plain text to HTML with http(s) addresses as links; nothing else of the server's text
    // is interpreted.
    static QString linkify(const QString &text);

private:
    std::unique_ptr<Ui::ServerMessageDialog> m_ui;
};

} // namespace spdc
