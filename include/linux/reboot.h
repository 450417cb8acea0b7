/* include/linux/reboot.h — turning the machine off (kernel/power.c). */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

void __attribute__((noreturn)) machine_power_off(int status);
void __attribute__((noreturn)) machine_halt_panic(void);
void __attribute__((noreturn)) power_off_report(void);

/* Called at power-off, before the final counts (Linux: reboot notifiers). */
void register_reboot_notifier(void (*fn)(void));

/* The status the run ends with: the first module's (126 if it could not
 * be started, as a shell reports "cannot execute"). */
extern int machine_status;

#endif
