#pragma once

#include "ProvisioningFlow.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QTimer>

#include <chrono>
#include <memory>

class QPushButton;

namespace Ui {
class OtpDialog;
}

namespace spdc {

// Asks for the one-time code the server texted to the primary device (§2.5.1 b). OK does not
// close the dialog: it emits codeEntered and the owner closes it once the flow has taken the
// code, or calls showError when the flow rejects it. Two countdowns: how long the code is
// waited for (FlowSettings::otpTimeout) and when "Send a new code" is allowed (the flow's rate
// limit). "Change number" hands the user back to the wizard to correct the identity.
class OtpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OtpDialog(const OtpPrompt &prompt, QWidget *parent = nullptr);
    ~OtpDialog() override;

    // What was typed or pasted, without the spaces and dashes people copy along.
    QString code() const;

public Q_SLOTS:
    void showError(const QString &message);
    // A new code is on its way: clears the field and says so.
    void restart(const spdc::OtpPrompt &prompt);
    // While the flow asks for a new code, nothing can be submitted.
    void setWaiting(bool waiting);
    void setNewCodeAvailableIn(std::chrono::seconds wait);
    // How long the flow waits for this code; counted down in the dialog.
    void setCodeTimeout(std::chrono::milliseconds timeout);
    // The flow gave up waiting (otpExpired): the code may have expired.
    void showExpired();

Q_SIGNALS:
    void codeEntered(const QString &code);
    void newCodeRequested();
    void changeNumberRequested();

private:
    void showPrompt(const OtpPrompt &prompt);
    void submit();
    void updateButtons();
    void updateCountdown();

    std::unique_ptr<Ui::OtpDialog> m_ui;
    QPushButton *m_okButton = nullptr;
    bool m_waiting = false;
    bool m_expired = false;
    QDeadlineTimer m_newCodeAt;
    std::chrono::milliseconds m_codeTimeout{0};
    QDeadlineTimer m_codeExpiresAt;
    QTimer m_countdown;
};

} // namespace spdc
