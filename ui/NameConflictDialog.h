#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class NameConflictDialog;
}

namespace spdc {

// Table 7, 409: another device of this identity already uses the friendly_device_name. Explains
// that, proposes another name ("Office laptop 2") and checks the 30 characters of Table 12.
// Like the OTP dialog, OK does not close it: nameChosen goes to the flow, and the owner closes
// the dialog once the flow has taken the name, or shows why not with showError.
class NameConflictDialog : public QDialog
{
    Q_OBJECT
public:
    NameConflictDialog(const QString &rejectedName, QWidget *parent = nullptr);
    ~NameConflictDialog() override;

    QString name() const;
    // "Office laptop" -> "Office laptop 2", "Office laptop 2" -> "Office laptop 3", cut so
    // that the result has at most maxLength characters.
    static QString proposeAlternative(const QString &rejectedName, int maxLength);

public Q_SLOTS:
    void showError(const QString &message);

Q_SIGNALS:
    void nameChosen(const QString &name);

private:
    void updateState();
    void submit();

    std::unique_ptr<Ui::NameConflictDialog> m_ui;
    QPushButton *m_useButton = nullptr;
    QString m_rejectedName;
};

} // namespace spdc
