/* kernel/printk.c — the kernel log.
 *
 * printk formats with lib/vsprintf.c and writes to every console.  A message
 * may start with a level, "<0>" (KERN_EMERG) to "<7>"; with `quiet` on the
 * kernel command line only level 0 (panics, oopses) is shown, so that the
 * console carries exactly what user programs write.  panic() prints, then
 * stops the machine with a status no program can produce (kernel/power.c).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <linux/io.h>

bool console_quiet;

/* The console is a terminal: like a Linux tty with ONLCR (the default),
 * every \n goes out as \r\n, so text lines up on a raw terminal. */
void console_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			serial_putc(0, '\r');
		serial_putc(0, s[i]);
		vga_putc(s[i]);
	}
}

int vprintk(const char *fmt, va_list ap)
{
	char buf[512];
	int level = 6, n;

	if (fmt[0] == '<' && fmt[1] >= '0' && fmt[1] <= '7' && fmt[2] == '>') {
		level = fmt[1] - '0';
		fmt += 3;
	}
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	if (!console_quiet || level == 0)
		console_write(buf, n);
	return n;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

void panic(const char *fmt, ...)
{
	va_list ap;
	char buf[256];

	local_irq_disable();
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	machine_halt_panic();
}
