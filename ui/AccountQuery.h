#pragma once

#include "ProvisioningFlow.h"

#include <QObject>
#include <QPointer>


namespace spdc {

class AccountIndex;
class NameConflictDialog;
class OtpDialog;
class ProfileStore;
class ServerMessageDialog;

// One query for a stored account, answered from the main window: silent while the server
// takes the token (§2.5.3), the OTP dialog when it does not (a 511 to the token, §2.5.4 2),
// another device name after a 409, and the operator's message (§2.2.3), with the dialogs the
// wizard uses. The flow and its dialogs belong to this object; the owner deletes it after done().
class AccountQuery : public QObject
{
    Q_OBJECT
public:
    AccountQuery(ProfileStore *store, AccountIndex *index, FlowSettings settings,
                 QWidget *dialogParent, QObject *parent = nullptr);
    ~AccountQuery() override;

    QString account() const { return m_account; }
    ProvisioningFlow *flow() const { return m_flow; }
    // Saving to the keychain cannot be interrupted (and ends by making the account active).
    bool isStoring() const;
    bool isFinished() const;

public Q_SLOTS:
    void start();
    // Abandons the exchange and closes the dialogs; a running keychain write is let finish.
    void cancel();

Q_SIGNALS:
    // Progress for a status line: "Asking your operator…".
    void statusChanged(const QString &text);
    // The first outcome of the run, for the renewal scheduler's failure count.
    void succeeded(const spdc::Profile &profile);
    void failed(const spdc::Error &error);
    // What the flow stored is final for now (also after a later answer to a message).
    void stored();
    // Nothing more will happen: the owner may delete this object.
    void done();
    // "Change number" in the OTP dialog: this account's identity is fixed; the owner may offer
    // to link another one. The query is cancelled.
    void changeIdentityRequested();

private:
    void onStepChanged(ProvisioningFlow::Step step);
    void onOtpRequired(const OtpPrompt &prompt);
    void onInputRejected(const Error &error);
    void onDeviceNameConflict(const QString &rejectedName);
    void onNameChosen(const QString &name);
    void onServerMessage(const UserMessage &message);
    void closeOtpDialog();
    void closeNameDialog();
    void closeDialogs();
    void checkDone();

    QString m_account;
    QPointer<QWidget> m_dialogParent;
    ProvisioningFlow *m_flow;
    QPointer<OtpDialog> m_otpDialog;
    QPointer<ServerMessageDialog> m_messageDialog;
    QPointer<NameConflictDialog> m_nameDialog;
    bool m_outcomeSent = false;
    bool m_doneSent = false;
};

} // namespace spdc
