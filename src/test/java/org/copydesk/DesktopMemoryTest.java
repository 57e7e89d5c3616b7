package org.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.DesktopMemory.Setting;
import org.junit.jupiter.api.Test;

/** The desktop app shrinks its idle heap through the JVM's manageable options, never over the user's own. */
class DesktopMemoryTest {

    private static VMOption option(String name, String value, VMOption.Origin origin) {
        return new VMOption(name, value, true, origin);
    }

    @Test
    void optionsLeftAtTheirDefaultsAreSetTheMinimumRatioBeforeTheMaximum() {
        Map<String, VMOption> now = new HashMap<>();
        now.put("G1PeriodicGCInterval", option("G1PeriodicGCInterval", "0", VMOption.Origin.DEFAULT));
        now.put("MinHeapFreeRatio", option("MinHeapFreeRatio", "40", VMOption.Origin.DEFAULT));
        now.put("MaxHeapFreeRatio", option("MaxHeapFreeRatio", "70", VMOption.Origin.DEFAULT));
        assertThat(DesktopMemory.plan(now::get)).containsExactly(
                new Setting("G1PeriodicGCInterval", "15000"),
                new Setting("MinHeapFreeRatio", "10"),
                new Setting("MaxHeapFreeRatio", "20"));
    }

    @Test
    void anOptionGivenOnTheCommandLineOrNotWriteableOrMissingIsLeftAlone() {
        Map<String, VMOption> now = new HashMap<>();
        now.put("G1PeriodicGCInterval", option("G1PeriodicGCInterval", "60000", VMOption.Origin.VM_CREATION));
        now.put("MinHeapFreeRatio", new VMOption("MinHeapFreeRatio", "40", false, VMOption.Origin.DEFAULT));
        // MaxHeapFreeRatio: a JVM without it
        assertThat(DesktopMemory.plan(now::get)).isEmpty();
        now.put("MaxHeapFreeRatio", option("MaxHeapFreeRatio", "50", VMOption.Origin.ENVIRON_VAR));
        assertThat(DesktopMemory.plan(now::get)).isEmpty();
        now.put("MaxHeapFreeRatio", option("MaxHeapFreeRatio", "70", VMOption.Origin.DEFAULT));
        assertThat(DesktopMemory.plan(now::get)).containsExactly(new Setting("MaxHeapFreeRatio", "20"));
    }

    @Test
    void onThisJvmTheOptionsLeftAtTheirDefaultsReadBackAsSet() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        List<String> names = List.of("G1PeriodicGCInterval", "MinHeapFreeRatio", "MaxHeapFreeRatio");
        Map<String, VMOption> before = new HashMap<>();
        names.forEach(n -> before.put(n, vm.getVMOption(n)));
        try {
            List<Setting> made = DesktopMemory.apply();
            assertThat(made).isEqualTo(DesktopMemory.plan(before::get));
            for (String n : names) {
                VMOption was = before.get(n);
                String expected = made.stream().filter(s -> s.name().equals(n)).map(Setting::value).findFirst()
                        .orElse(was.getValue());
                assertThat(vm.getVMOption(n).getValue()).as(n).isEqualTo(expected);
            }
            assertThat(made).as("the test JVM is started without these options").hasSize(3);
        } finally {
            // the rest of the suite runs in this JVM: the options go back (maximum first, as it was raised last)
            vm.setVMOption("MaxHeapFreeRatio", before.get("MaxHeapFreeRatio").getValue());
            vm.setVMOption("MinHeapFreeRatio", before.get("MinHeapFreeRatio").getValue());
            vm.setVMOption("G1PeriodicGCInterval", before.get("G1PeriodicGCInterval").getValue());
        }
    }
}
