/* include/linux/reboot.h — turning the machine off (kernel/power.c). */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

void __attribute__((noreturn)) machine_power_off(int status);
void __attribute__((noreturn)) machine_halt_panic(void);
void __attribute__((noreturn)) power_off_report(void);

/* Called at power-off, before the final counts (Linux: reboot notifiers). */
void register_reboot_notifier(void (*fn)(void));

/* A line for whoever runs QEMU: written to the debug console as
 * "socket86: message ...", which tools/run prints on its stderr even when
 * the kernel log is off (`quiet`).  For what the user must see, e.g. why a
 * program was refused. */
void host_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The status the run ends with: the first module's (126 if it could not
 * be started, as a shell reports "cannot execute"). */
extern int machine_status;

#endif
