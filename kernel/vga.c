/* kernel/vga.c — the VGA text screen (80x25 at physical 0xB8000), a second
 * console for `make qemu` with a window.  Scrolls; knows \n, \r, \b, \t. */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/mm.h>
#include <linux/io.h>

#define COLS 80
#define ROWS 25
#define ATTR 0x0700		/* light grey on black */

static u16 *const screen = (u16 *)__va(0xb8000);
static int row, col;

static void set_cursor(void)
{
	int pos = row * COLS + col;

	outb(0x3d4, 14); outb(0x3d5, pos >> 8);
	outb(0x3d4, 15); outb(0x3d5, pos & 0xff);
}

void vga_putc(char c)
{
	if (c == '\n') {
		col = 0;
		row++;
	} else if (c == '\r') {
		col = 0;
	} else if (c == '\b') {
		if (col > 0)
			col--;
	} else if (c == '\t') {
		col = (col + 8) & ~7;
	} else {
		screen[row * COLS + col++] = ATTR | (u8)c;
	}
	if (col >= COLS) {
		col = 0;
		row++;
	}
	if (row >= ROWS) {
		memmove(screen, screen + COLS, (ROWS - 1) * COLS * 2);
		for (int i = 0; i < COLS; i++)
			screen[(ROWS - 1) * COLS + i] = ATTR | ' ';
		row = ROWS - 1;
	}
	set_cursor();
}

void vga_init(void)
{
	for (int i = 0; i < ROWS * COLS; i++)
		screen[i] = ATTR | ' ';
	row = col = 0;
	set_cursor();
}
