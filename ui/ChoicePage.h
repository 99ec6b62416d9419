#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ChoicePage;
}

namespace spdc {

// The wizard's first question: is this device linked to the user's phone number (§2.5: the
// operator texts a code to the phone), or did the provider hand out a code for this device
// (§2.6: a dedicated identity, the code typed in the wizard)?
class ChoicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChoicePage(QWidget *parent = nullptr);
    ~ChoicePage() override;

    // §2.6 chosen.
    bool isDedicated() const;
    void setDedicated(bool dedicated);

private:
    std::unique_ptr<Ui::ChoicePage> m_ui;
};

} // namespace spdc
