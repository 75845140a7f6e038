//! Drawing egui without a window: runs a UI closure in its own context at a
//! chosen size and pixel density, renders it with egui-wgpu into a texture
//! (Mesa's software renderer serves where there is no GPU), and reads the
//! pixels back. Chart PNGs are made this way, so 2× and 3× are real renders.

use std::sync::mpsc::channel;
use std::time::Duration;

use egui_wgpu::wgpu;

/// A render that could not be made, with what to install.
#[derive(Debug, thiserror::Error)]
pub enum OffscreenError {
    #[error(
        "no graphics adapter could be found ({0}); install Mesa's software renderer \
         (Debian/Ubuntu: `apt-get install mesa-vulkan-drivers`, Fedora: `dnf install mesa-vulkan-drivers`)"
    )]
    NoAdapter(String),
    #[error("rendering failed: {0}")]
    Render(String),
}

/// An offscreen renderer; create it once and render many images.
pub struct Offscreen {
    state: egui_wgpu::RenderState,
}

impl Offscreen {
    /// Find an adapter (a software one is fine) and set up egui-wgpu.
    pub fn new() -> Result<Self, OffscreenError> {
        let mut setup = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
        setup
            .instance_descriptor
            .backends
            .remove(wgpu::Backends::BROWSER_WEBGPU);
        let setup = egui_wgpu::WgpuSetup::CreateNew(setup);
        let instance = pollster::block_on(setup.new_instance());
        let state = pollster::block_on(egui_wgpu::RenderState::create(
            &egui_wgpu::WgpuConfiguration {
                wgpu_setup: setup,
                ..Default::default()
            },
            &instance,
            None,
            egui_wgpu::RendererOptions::PREDICTABLE,
        ))
        .map_err(|err| OffscreenError::NoAdapter(err.to_string()))?;
        Ok(Self { state })
    }

    /// Run `ui` on a `size_points` canvas at `pixels_per_point`, and return the pixels.
    pub fn render(
        &self,
        size_points: egui::Vec2,
        pixels_per_point: f32,
        setup_ctx: impl Fn(&egui::Context),
        mut ui: impl FnMut(&mut egui::Ui),
    ) -> Result<image::RgbaImage, OffscreenError> {
        let ctx = egui::Context::default();
        setup_ctx(&ctx);
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size_points)),
            viewports: std::iter::once((
                egui::ViewportId::ROOT,
                egui::ViewportInfo {
                    native_pixels_per_point: Some(pixels_per_point),
                    ..Default::default()
                },
            ))
            .collect(),
            ..Default::default()
        };
        let mut textures = egui::TexturesDelta::default();
        let mut output = egui::FullOutput::default();
        // A few passes so that sizes measured in one pass are used in the next.
        for _ in 0..3 {
            output = ctx.run_ui(input(), |root| {
                egui::CentralPanel::default().show(root, |panel| ui(panel));
            });
            textures.append(std::mem::take(&mut output.textures_delta));
        }
        self.draw(&ctx, &output, textures, size_points, pixels_per_point)
    }

    fn draw(
        &self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
        mut textures: egui::TexturesDelta,
        size_points: egui::Vec2,
        pixels_per_point: f32,
    ) -> Result<image::RgbaImage, OffscreenError> {
        let device = &self.state.device;
        let queue = &self.state.queue;
        let mut renderer = self.state.renderer.write();
        for (id, deltas) in &textures.set {
            for delta in deltas {
                renderer.update_texture(device, queue, *id, delta);
            }
        }
        let width = (size_points.x * pixels_per_point).round() as u32;
        let height = (size_points.y * pixels_per_point).round() as u32;
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point,
        };
        let tessellated = ctx.tessellate(output.shapes.clone(), pixels_per_point);
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("offscreen"),
        });
        let user_buffers =
            renderer.update_buffers(device, queue, &mut encoder, &tessellated, &screen);
        let format = wgpu::TextureFormat::Rgba8Unorm;
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("offscreen target"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("offscreen pass"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, &tessellated, &screen);
        }
        // Read back, rows padded to wgpu's alignment.
        let unpadded = width as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded = unpadded.div_ceil(align) * align;
        let buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("offscreen readback"),
            size: (padded * height as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded as u32),
                    rows_per_image: None,
                },
            },
            wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
        );
        let submission = queue.submit(
            user_buffers
                .into_iter()
                .chain(std::iter::once(encoder.finish())),
        );
        let slice = buffer.slice(..);
        let (sender, receiver) = channel();
        slice.map_async(wgpu::MapMode::Read, move |r| drop(sender.send(r)));
        device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submission),
                timeout: Some(Duration::from_secs(30)),
            })
            .map_err(|err| OffscreenError::Render(err.to_string()))?;
        receiver
            .recv()
            .map_err(|err| OffscreenError::Render(err.to_string()))?
            .map_err(|err| OffscreenError::Render(err.to_string()))?;
        let data = slice
            .get_mapped_range()
            .map_err(|err| OffscreenError::Render(err.to_string()))?;
        let pixels: Vec<u8> = data
            .chunks_exact(padded)
            .flat_map(|row| row[..unpadded].iter().copied())
            .collect();
        drop(data);
        for id in &textures.free {
            renderer.free_texture(id);
        }
        textures.clear();
        image::RgbaImage::from_raw(width, height, pixels)
            .ok_or_else(|| OffscreenError::Render("image size mismatch".into()))
    }
}

/// Encode an image as PNG with its pixel density recorded (a pHYs chunk).
pub fn encode_png(image: &image::RgbaImage, dpi: f32) -> Result<Vec<u8>, String> {
    use image::ImageEncoder as _;
    let mut plain = Vec::new();
    image::codecs::png::PngEncoder::new(&mut plain)
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|e| e.to_string())?;
    let ppm = (dpi / 0.0254).round() as u32; // pixels per metre
    let mut body = Vec::with_capacity(13);
    body.extend_from_slice(b"pHYs");
    body.extend_from_slice(&ppm.to_be_bytes());
    body.extend_from_slice(&ppm.to_be_bytes());
    body.push(1); // the unit is the metre
    // The chunk goes right after the signature (8 bytes) and IHDR (25 bytes).
    let split = 8 + 25;
    let mut out = Vec::with_capacity(plain.len() + 21);
    out.extend_from_slice(&plain[..split]);
    out.extend_from_slice(&9u32.to_be_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out.extend_from_slice(&plain[split..]);
    Ok(out)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
