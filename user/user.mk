# user/user.mk — builds the ring-3 programs, included by the top Makefile
# (which defines CC and BUILD).  build/user/NAME uses our runtime (user/lib +
# lib/) and talks to the kernel only through int $0x80; each user/musl/NAME.c
# is an ordinary libc program, built twice: build/musl/NAME with musl and
# build/glibc/NAME with glibc (`gcc -m32 -static`, what most students use).
# All of them also run on Linux as-is.

# Needs CC and BUILD set before the include.  Including this file does not
# change the top Makefile's default goal (see the end).
USER_SAVED_GOAL := $(.DEFAULT_GOAL)

MUSL_CC ?= i386-linux-musl-gcc
GLIBC_CC ?= i686-linux-gnu-gcc

# -nostdinc: no libc headers; the compiler's own dir still gives stdarg.h
# and stddef.h.  -fno-pie: fixed addresses, as the kernel's ELF loader
# expects (ET_EXEC linked at 0x08048000 by the default linker script).
USER_CFLAGS := -m32 -std=gnu11 -O2 -g -ffreestanding -nostdinc -fno-builtin \
	-fno-pie -fno-stack-protector -fno-asynchronous-unwind-tables \
	-Wall -Wextra -Werror \
	-isystem $(shell $(CC) -m32 -print-file-name=include) \
	-Iinclude/uapi -Iuser/lib -Ilib
USER_LDFLAGS := -m32 -nostdlib -static -no-pie -Wl,--build-id=none \
	-Wl,-z,noexecstack
MUSL_CFLAGS := -static -O2 -g -Wall -Wextra -Werror -pthread
GLIBC_CFLAGS := -static -O2 -g -Wall -Wextra -Werror -pthread

USER_SRCS  := $(wildcard user/*.c)
USER_PROGS := $(patsubst user/%.c,$(BUILD)/user/%,$(USER_SRCS))
MUSL_PROGS := $(patsubst user/musl/%.c,$(BUILD)/musl/%,$(wildcard user/musl/*.c))
GLIBC_PROGS := $(patsubst user/musl/%.c,$(BUILD)/glibc/%,$(wildcard user/musl/*.c))

# The runtime: crt0 must come first on the link line (it holds _start);
# lib/*.c (string, vsprintf) is shared with the kernel, compiled here for
# user space into the same directory.
ULIB_CRT0 := $(BUILD)/user/lib/crt0.o
ULIB_OBJS := $(patsubst user/lib/%.c,$(BUILD)/user/lib/%.o,$(wildcard user/lib/*.c)) \
	$(BUILD)/user/lib/syscall.o \
	$(patsubst lib/%.c,$(BUILD)/user/lib/%.o,$(wildcard lib/*.c))

.PHONY: user
user: $(USER_PROGS) $(MUSL_PROGS) $(GLIBC_PROGS)

$(BUILD)/user/lib/%.o: user/lib/%.c
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/user/lib/%.o: user/lib/%.S
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/user/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/user/%.o: user/%.c
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -MMD -MP -c -o $@ $<

$(USER_PROGS): $(BUILD)/user/%: $(BUILD)/user/%.o $(ULIB_CRT0) $(ULIB_OBJS)
	$(CC) $(USER_LDFLAGS) -o $@ $(ULIB_CRT0) $< $(ULIB_OBJS)

$(MUSL_PROGS): $(BUILD)/musl/%: user/musl/%.c
	@mkdir -p $(@D)
	$(MUSL_CC) $(MUSL_CFLAGS) -o $@ $<

$(GLIBC_PROGS): $(BUILD)/glibc/%: user/musl/%.c
	@mkdir -p $(@D)
	$(GLIBC_CC) $(GLIBC_CFLAGS) -o $@ $<

# Keep the objects: they are useful for objdump in class.
.SECONDARY: $(patsubst user/%.c,$(BUILD)/user/%.o,$(USER_SRCS))

-include $(wildcard $(BUILD)/user/*.d $(BUILD)/user/lib/*.d)

# Our "user:" rule must not become the default goal of the includer.
.DEFAULT_GOAL := $(USER_SAVED_GOAL)
