/* kernel/power.c — the end of a run.
 *
 * When the last process has exited, the kernel powers off.  Under QEMU two
 * devices make that observable from the host (tools/run sets them up):
 *  - the debug console (port 0xe9) receives a line of counts (free pages,
 *    objects, files, processes, system calls answered ENOSYS), then
 *    "socket86: exit N" with the first program's status, or "socket86:
 *    panic"; during the run, the "socket86: message ..." lines that
 *    tools/run prints on stderr;
 *  - isa-debug-exit (port 0xf4) then ends QEMU: writing v makes QEMU exit
 *    with status 2v+1, so 1 is a clean power-off and 3 a panic.
 * A user program cannot reach either port (no I/O permission in ring 3).
 * Elsewhere the ACPI power-off of QEMU's PIIX4 is tried, then we halt.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/io.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/mm.h>
#include <linux/jiffies.h>
#include <linux/net.h>
#include <linux/skbuff.h>
#include <net/sock.h>
#include <linux/sys_ni.h>

#define DEBUGCON_PORT	0xe9
#define DEBUG_EXIT_PORT	0xf4

static void debugcon_puts(const char *s)
{
	while (*s)
		outb(DEBUGCON_PORT, *s++);
}

void host_message(const char *fmt, ...)
{
	char line[160];
	va_list ap;
	int n;

	n = snprintf(line, sizeof(line), "socket86: message ");
	va_start(ap, fmt);
	vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
	va_end(ap);
	n = strlen(line);		/* vsnprintf left room for the newline */
	line[n] = '\n';
	line[n + 1] = '\0';
	debugcon_puts(line);
}

int machine_status;
static void (*reboot_notifiers[4])(void);

void register_reboot_notifier(void (*fn)(void))
{
	for (unsigned int i = 0; i < ARRAY_SIZE(reboot_notifiers); i++)
		if (!reboot_notifiers[i]) {
			reboot_notifiers[i] = fn;
			return;
		}
}
extern unsigned long boot_free_pages;

static void __noreturn halt_forever(void)
{
	for (;;)
		asm volatile("cli; hlt");
}

void machine_power_off(int status)
{
	char line[40];

	snprintf(line, sizeof(line), "socket86: exit %d\n", status);
	debugcon_puts(line);
	outb(DEBUG_EXIT_PORT, 0);
	outw(0x604, 0x2000);		/* QEMU PIIX4 ACPI: S5 */
	printk(KERN_EMERG "System halted.\n");
	halt_forever();
}

void machine_halt_panic(void)
{
	debugcon_puts("socket86: panic\n");
	outb(DEBUG_EXIT_PORT, 1);
	halt_forever();
}

/* Called by the idle task when no process is left.  The counts let tests
 * check that a run leaked nothing: every page, kmalloc object and file a
 * process used must be back. */
void power_off_report(void)
{
	char line[200];

	for (unsigned int i = 0; i < ARRAY_SIZE(reboot_notifiers); i++)
		if (reboot_notifiers[i])
			reboot_notifiers[i]();
	snprintf(line, sizeof(line),
		 "socket86: stats free_pages=%lu boot_free_pages=%lu kmalloc=%lu files=%lu tasks=%d "
		 "sockets=%lu socks=%lu skbs=%lu ticks=%lu idle=%lu",
		 nr_free_pages(), boot_free_pages, kmalloc_live, nr_files, nr_live_tasks(),
		 nr_sockets, nr_socks, nr_skbs,
		 (unsigned long)jiffies, (unsigned long)idle_ticks);
	debugcon_puts(line);
	/* Then the system calls answered -ENOSYS (kernel/sys_ni.c), as
	 * enosys=NR:COUNT,...; empty when there were none. */
	debugcon_puts(" enosys=");
	enosys_report(debugcon_puts);
	debugcon_puts("\n");
	printk(KERN_INFO "%s\n", line + 10);
	machine_power_off(machine_status);
}
