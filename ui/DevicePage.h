#pragma once

#include "DeviceType.h"
#include "FlowDefaults.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class DevicePage;
}

namespace spdc {

// The device_type and friendly_device_name of the request (Table 12). The name is optional and
// limited to 30 characters before escaping. Presets of the organisation are the defaults; locked
// ones are shown disabled.
class DevicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DevicePage(const FlowDefaults &defaults, QWidget *parent = nullptr);
    ~DevicePage() override;

    QString friendlyName() const;
    // The computer's name, cut to the 30 characters of Table 12: the default when the
    // organisation presets none.
    static QString defaultFriendlyName();
    DeviceType deviceType() const;

public Q_SLOTS:
    void setFriendlyName(const QString &name);

private:
    void updateHint();

    std::unique_ptr<Ui::DevicePage> m_ui;
};

} // namespace spdc
