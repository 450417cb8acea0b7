/* include/linux/console.h — the consoles: the first serial port (COM1) and
 * the VGA text screen.  printk and writes to the console file both go to
 * every console; reads come from COM1 (kernel/tty.c). */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

void serial_init(void);
void serial_enable_rx(void);		/* once interrupts can be taken */
void serial_putc(int port, char c);	/* port: 0 = COM1, 1 = COM2 */
void serial_write_raw(int port, const void *buf, size_t len);
void vga_init(void);
void vga_putc(char c);
void console_write(const char *s, size_t len);	/* to every console */
void tty_init(void);
void tty_receive_char(char c);		/* from the COM1 interrupt */

/* Descriptor 0 as a pipe fed by the host (kernel/hostpipe.c), when the
 * command line says `stdin=pipe`; the serial port's flow control. */
extern bool hostpipe_enabled;
void hostpipe_receive(char c);		/* from the COM1 interrupt */
struct file *hostpipe_open(void);
void serial_throttle(void);
void serial_unthrottle(void);

#endif
